-- traceback starting beyond the stack prints only the header
print(debug.traceback("msg", 50))
print(debug.traceback("msg", "2"))
local function f() return debug.traceback("in f", 3) end
local r = f()
print(r)
print(debug.traceback(nil, 50))

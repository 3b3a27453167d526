-- xpcall with debug.traceback as the handler.
local function inner() error("traced") end
local function outer() inner() end
print(xpcall(outer, debug.traceback))
print(xpcall(function() return "no traceback needed" end, debug.traceback))

-- debug.traceback inside a coroutine shows only the coroutine's stack
local co = coroutine.create(function()
  local function f() return debug.traceback("in co") end
  return f()
end)
print(coroutine.resume(co))
local co2 = coroutine.create(function()
  local function g() local s = debug.traceback("in co2", 1) return s end
  local r = g()
  return r
end)
print(coroutine.resume(co2))

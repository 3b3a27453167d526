-- a hook does not fire for calls made inside the hook itself
local n = 0
local inner_calls = 0
debug.sethook(function(ev)
  n = n + 1
  local s = string.rep("x", 2)
  inner_calls = inner_calls + 1
end, "c")
local function f() end
f()
f()
debug.sethook()
print(n, inner_calls, n == inner_calls)

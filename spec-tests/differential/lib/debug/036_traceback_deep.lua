-- tracebacks of deep stacks are abbreviated with "..."
local function rec(n)
  if n == 0 then return debug.traceback("deep") end
  local r = rec(n - 1)
  return r
end
print(rec(30))

-- Deep recursion inside a coroutine and stack overflow caught within it.
local co = coroutine.create(function()
  local function rec(n) return n == 0 and 0 or 1 + rec(n - 1) end
  local depth = rec(5000)
  local function inf() return 1 + inf() end
  local ok, e = pcall(inf)
  return depth, ok, e
end)
print(coroutine.resume(co))

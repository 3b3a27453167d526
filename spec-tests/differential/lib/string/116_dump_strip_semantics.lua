-- dumped functions keep line info: errors report the original line numbers
local function f(x)
  local y = x + 1
  return y.field
end
local g = loadstring(string.dump(f))
print(pcall(f, 1))
print(pcall(g, 1))

-- uncaught bad argument error from a library function
print("x")
print(pcall(string.rep, "ab", "three"))
local function build(n)
  return string.rep("ab", n)
end
local s = build("three")

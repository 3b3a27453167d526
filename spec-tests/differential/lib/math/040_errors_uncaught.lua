-- uncaught bad argument from a math function
print(pcall(math.sqrt, "nine"))
local function root(v)
  return math.sqrt(v)
end
print(root(9))
local x = root("nine")

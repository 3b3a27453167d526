-- setfenv(1, t) changes the environment of the running function.
local function f()
  local print = print
  setfenv(1, {y = "from new env"})
  print(y)
end
f()
print(y)

-- setfenv: on functions, on levels, returns the function, globals follow the env
local function f() return x end
x = "global x"
print(f())
local r = setfenv(f, {x = "env x"})
print(r == f, f())
local function g()
  setfenv(1, {print = print, y = "from env"})
  print(y, x)
end
g()
print(x)
print(pcall(setfenv, print, {}))
print(pcall(setfenv, f, 1))
print(pcall(setfenv, 100, {}))
print(pcall(setfenv, f))

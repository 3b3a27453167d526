-- setfenv on a function changes where its globals are looked up.
local function f() return x, y end
x = "global x"
local env = {x = "env x"}
setfenv(f, env)
print(f())
print(getfenv(f) == env, x)

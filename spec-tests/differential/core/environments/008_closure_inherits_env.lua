-- A closure created inside a function gets the creator's current environment.
local env = {val = "env val"}
local maker = setfenv(function() return function() return val end end, env)
val = "global val"
local inner = maker()
print(inner(), getfenv(inner) == env)

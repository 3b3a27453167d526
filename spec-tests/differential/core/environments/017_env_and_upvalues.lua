-- Environments affect only globals, never locals or upvalues.
local up = "upvalue"
local f = setfenv(function() return up, glob end, {glob = "env global"})
print(f())
local g = setfenv(function() up = "assigned global" return up end, {})
print(g(), up)

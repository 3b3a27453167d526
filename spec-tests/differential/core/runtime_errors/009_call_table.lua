-- Uncaught: calling a table without __call.
print(getmetatable({}))
local t = {}
t(1, 2)
print("not reached")

-- Uncaught: attempt to concatenate field 'name' (a nil value).
print("hello " .. "world")
local p = {}
print("hello " .. p.name)
print("not reached")

-- Uncaught: unary minus on a table.
print(-"2")
local t = {}
print(-t)
print("not reached")

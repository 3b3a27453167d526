-- 5.1: a call whose '(' starts a new line is ambiguous syntax.
local f = print
local g = f
(g)("x")
print("never")

-- Chained unary operators.
print(- -2, not not true, -(-(-3)), - - -3)
print(#"abc" + 1, -#"ab", not #"")
local x = 2
print(-x^2, -(-x)^2, not -x)

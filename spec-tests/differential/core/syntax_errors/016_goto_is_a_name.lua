-- 'goto' is not a keyword in 5.1: it is an ordinary name; '::' is invalid.
local goto = 1
print(goto)
print(select(2, loadstring("::label::")))
print(select(2, loadstring("x = 1 // 2")))
print(select(2, loadstring("x = 1 & 2")))

-- # is a unary operator: below ^ (so #s^2 is #(s^2)), above * and ..
local s = "hello"
print(#s + 1, #s .. "!", -#s, (#s) ^ 2, #(s .. s))
local t = {1, 2, 3}
print(#t * 2, #t == 3)
print(pcall(function() return #s ^ 2 end))

-- and binds tighter than or.
print(1 or 2 and nil, (1 or 2) and nil, nil and 1 or 2, false or true and false)
local x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print(x > 3 and false or "fallback")

-- Filling holes in order makes a sequence again.
local t = {}
t[1] = 1; t[2] = 2; t[3] = 3
print(#t)
t[5] = 5
t[4] = 4
print(#t)

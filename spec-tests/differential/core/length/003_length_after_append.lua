-- Appending at #t+1 grows the length by one each time.
local t = {}
for i = 1, 10 do t[#t + 1] = i * i end
print(#t, t[10])
t[#t] = nil
print(#t)
t[#t] = nil
print(#t)

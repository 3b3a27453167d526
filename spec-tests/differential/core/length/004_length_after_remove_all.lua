-- Removing elements from the end shrinks the sequence to zero.
local t = {1, 2, 3, 4, 5}
for i = #t, 1, -1 do t[i] = nil end
print(#t, next(t))
t[1] = "again"
print(#t)

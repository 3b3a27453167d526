-- A large sequence built by insertion at the end.
local t = {}
for i = 1, 50000 do t[i] = true end
print(#t)
for i = 50000, 25001, -1 do t[i] = nil end
print(#t)

-- # of concatenations and string.rep.
print(#("ab" .. "cd"), #string.rep("ab", 3, nil), #(1 .. 23))
print(#tostring(12345), #tostring(1e100))
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)

-- moderately recursive patterns: optional items, lazy scans without a match
local s = string.rep("a", 190)
print(#s:match(string.rep("a?", 190)))
print(s:find(".-b"))
print(#s:match(string.rep("a?", 100) .. string.rep("a", 100)))
print(s:find("^(a*)b"))

-- find/match on long subjects with backtracking kept small
local s = string.rep("a", 5000) .. "b"
print(s:find("b"), s:find("a+b"), #s:match("a*"))
print(s:find("ab", 1, true))
local words = string.rep("word ", 1000)
local n = select(2, words:gsub("%w+", ""))
print(n)

-- more than 32 captures is an error
local p = string.rep("(a)", 32)
local s = string.rep("a", 40)
print(select('#', s:match(p)))
print(pcall(string.match, s, string.rep("(a)", 33)))
print(pcall(string.find, s, string.rep("()", 33)))

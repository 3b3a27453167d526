-- an uncaught malformed pattern error
print(pcall(string.find, "abc", "[a"))
print(pcall(string.gsub, "abc", "(", "x"))
local function search(s, p) return s:find(p) end
print(search("abc", "b"))
print(search("abc", "[a"))

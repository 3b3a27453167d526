-- 8-bit clean strings: \0 and bytes >= 128 through every function
local s = "\0\1a\128\255\0z"
print(#s, s:byte(1, -1))
print(s:sub(2, 4):byte(1, -1))
print(s:upper() == "\0\1A\128\255\0Z", s:lower() == s)
print(s:rep(2):len(), s:reverse():byte(1, -1))
print(s:find("\255", 1, true), s:find("\0", 2, true), s:find("[\128-\255]+"))
print(s:match("%z(.)"):byte(), select(2, s:gsub("%z", "")))
print(string.format("%q", s):byte(1, -1))
print(#string.format("%s", s), #string.format("%s", s .. string.rep("-", 100)))
print(("\0"):len(), #"\0", "\0" == "\0", "\0a" < "\0b", "\0" < "\1", "a\0" > "a")

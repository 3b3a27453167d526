-- # on strings counts bytes, including NULs and high bytes.
print(#"", #"a", #"hello world", #"\0", #"a\0b\0", #"\200\201")
local s = string.rep("x", 1000)
print(#s, #(s .. s))
print(#"\n\t", #[[
x]])

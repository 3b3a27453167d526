-- string.len and # on various strings, including zeros and 8-bit bytes
print(string.len(""), string.len("abc"), string.len("\0"), string.len("a\0b\0"))
print(#"", #"\0\0\0", #"\255\254", ("hello"):len())
print(string.len(12345), string.len(1.5), string.len(-0.25))
print(pcall(function() return string.len() end))
print(pcall(function() return string.len({}) end))
print(#string.rep("x", 100000))

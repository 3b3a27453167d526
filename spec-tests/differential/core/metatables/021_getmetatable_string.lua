-- Strings share a metatable whose __index is the string table.
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("abc") == mt)
print(getmetatable(1), getmetatable(nil), getmetatable(print))
print(("abc"):upper(), getmetatable("").__index.len("xy"))

-- string metatable __index is the string table: added functions become methods
function string.shout(s) return s:upper() .. "!" end
print(("hello"):shout())
local mt = getmetatable("")
print(rawequal(mt.__index, string))
print(("abc"):len(), ("%d"):format(5))
print(pcall(function() return ("x"):nomethod() end))
local s = "str"
print(s.len == string.len, s.nonexistent)
string.shout = nil

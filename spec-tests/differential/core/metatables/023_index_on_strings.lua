-- Indexing a string goes to the string table; unknown keys are nil.
local s = "hello"
print(s.upper == string.upper, s.nothing, ("x").len == string.len)
string.shout = function(x) return x:upper() .. "!" end
print(s:shout())

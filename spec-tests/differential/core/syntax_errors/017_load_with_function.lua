-- load() with a reader function reports syntax errors like loadstring.
local parts = {"x = ", "= 1"}
local i = 0
print(load(function() i = i + 1 return parts[i] end, "=reader"))
local j = 0
local f = load(function() j = j + 1 return ({"return ", "40 + 2"})[j] end)
print(f())

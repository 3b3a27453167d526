-- rawget/rawset bypass __index/__newindex.
local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() error("no!") end})
rawset(t, "k", "raw")
print(t.k, rawget(t, "k"), t.other, rawget(t, "other"))
print(rawset(t, 1, 2) == t)
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, nil, 1))

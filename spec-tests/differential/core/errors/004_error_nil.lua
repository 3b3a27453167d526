-- error(nil) and error() propagate nil.
print(pcall(error))
print(pcall(error, nil))
print(select("#", pcall(error)))
local ok, e = pcall(function() error(nil, 2) end)
print(ok, e)

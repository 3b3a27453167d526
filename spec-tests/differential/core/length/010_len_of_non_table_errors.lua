-- # on values other than strings, tables and userdata with __len is an error.
print(pcall(function() return #nil end))
print(pcall(function() local b = true return #b end))
print(pcall(function() return #print end))
print(pcall(function() return #newproxy() end))

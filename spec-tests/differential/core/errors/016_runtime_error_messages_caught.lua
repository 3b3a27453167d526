-- Runtime errors caught by pcall carry "file:line:" prefixes.
print(pcall(function() local t = nil; return t.x end))
print(pcall(function() return undefinedfn() end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return #nil end))

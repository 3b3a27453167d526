-- __len is used for userdata (newproxy(true) gives a userdata with its own metatable).
local u = newproxy(true)
getmetatable(u).__len = function(self, other) return 7, "ignored" end
print(#u)
local v = newproxy(true)
print(pcall(function() return #v end))

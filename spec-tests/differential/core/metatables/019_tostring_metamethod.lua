-- __tostring is used by tostring and print.
local t = setmetatable({}, {__tostring = function(self) return "I am T" end})
print(t, tostring(t))
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
local u = newproxy(true)
getmetatable(u).__tostring = function() return "userdata!" end
print(u)

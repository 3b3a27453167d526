-- package.seeall: sets __index = _G on a table, errors on non-tables
local t = {}
package.seeall(t)
print(getmetatable(t).__index == _G, t.print == print)
local u = setmetatable({}, {__newindex = rawset})
package.seeall(u)
print(getmetatable(u).__index == _G, getmetatable(u).__newindex == rawset)
print(pcall(package.seeall, 1))
print(pcall(function() package.seeall() end))

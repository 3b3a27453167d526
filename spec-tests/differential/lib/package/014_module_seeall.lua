-- module(name, package.seeall): globals remain visible through __index
module("seen", package.seeall)
x = 5
print(_NAME, _M == seen, type(string), x)
print(getmetatable(_M).__index == _G)
print(rawget(_G, "x"), seen.x)

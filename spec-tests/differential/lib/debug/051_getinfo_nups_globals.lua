-- functions that only use globals have no upvalues; the main chunk has none
local function g() return print, string end
print(debug.getinfo(g, "u").nups, debug.getinfo(1, "u").nups)
print(debug.getupvalue(g, 1))
local up = 1
local function h() return up, print end
print(debug.getinfo(h, "u").nups, debug.getupvalue(h, 1))

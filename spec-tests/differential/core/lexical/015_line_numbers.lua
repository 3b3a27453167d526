-- Line numbers count every kind of line break, including those inside long strings.
local s = [[
a
b]]
local function where() return debug.getinfo(2, "l").currentline end
print(where())
--[[
multi
line ]] print(where())
print("x\
y", where())

-- module() applies option functions in order with the module table
local log = {}
local function opt1(m) log[#log + 1] = "opt1 " .. m._NAME end
local function opt2(m) log[#log + 1] = "opt2 " .. tostring(m == package.loaded.withopts) end
local G = _G
module("withopts", opt1, opt2)
local print, table = G.print, G.table
print(table.concat(log, "; "))

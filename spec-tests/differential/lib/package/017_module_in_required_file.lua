-- module(...) inside a required file: require returns the module table
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_geometry.lua", "w"))
f:write("local print = print\nmodule(..., package.seeall)\nfunction area(w, h) return w * h end\nprint('loading', _NAME)\n")
f:close()
local g = require("geometry")
print(g == geometry, g.area(3, 4), g._NAME)
print(package.loaded.geometry == g)
os.remove(base .. "_geometry.lua")
os.remove(base)

-- a module returning nothing gets package.loaded[name] = true
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_empty.lua", "w"))
f:write("side_effect = 'ran'\n")
f:close()
print(require("empty"), side_effect)
print(package.loaded.empty)
os.remove(base .. "_empty.lua")
os.remove(base)

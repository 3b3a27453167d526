-- a path template without '?' is tried as a literal file name
local base = os.tmpname()
local f = assert(io.open(base .. "_fixed.lua", "w"))
f:write("return 'fixed file for ' .. ...\n")
f:close()
package.path = base .. "_fixed.lua"
print(require("anything"))
print(require("whatever"))
os.remove(base .. "_fixed.lua")
os.remove(base)

-- require passes the module name as the chunk's vararg
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_named.lua", "w"))
f:write("local n = select('#', ...)\nreturn {name = ..., count = n}\n")
f:close()
local m = require("named")
print(m.name, m.count)
os.remove(base .. "_named.lua")
os.remove(base)

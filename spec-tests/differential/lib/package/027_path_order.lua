-- templates are tried in order; the first existing file wins
local base = os.tmpname()
local f = assert(io.open(base .. "_B_mod.lua", "w"))
f:write("return 'B'\n")
f:close()
f = assert(io.open(base .. "_C_mod.lua", "w"))
f:write("return 'C'\n")
f:close()
package.path = base .. "_A_?.lua;" .. base .. "_B_?.lua;" .. base .. "_C_?.lua"
print(require("mod"))
os.remove(base .. "_B_mod.lua")
os.remove(base .. "_C_mod.lua")
os.remove(base)

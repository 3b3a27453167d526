-- require("dir.mod") maps dots to directory separators
local base = os.tmpname()
os.remove(base)
assert(os.execute("mkdir " .. base) == 0)
assert(os.execute("mkdir " .. base .. "/pkg") == 0)
local f = assert(io.open(base .. "/pkg/util.lua", "w"))
f:write("return {name = ..., answer = 42}\n")
f:close()
package.path = base .. "/?.lua"
local m = require("pkg.util")
print(m.name, m.answer, package.loaded["pkg.util"] == m)
os.remove(base .. "/pkg/util.lua")
os.remove(base .. "/pkg")
print(os.remove(base))

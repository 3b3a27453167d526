-- require: loads a module file from package.path, caches it, does not run it twice
local base = os.tmpname()
package.path = base .. "_?.lua"
package.cpath = "/nonexistent/?.so"
local f = assert(io.open(base .. "_counter.lua", "w"))
f:write("loads = (loads or 0) + 1\nreturn {value = 42, loads = loads}\n")
f:close()
local m = require("counter")
print(type(m), m.value, m.loads)
local m2 = require("counter")
print(m2 == m, loads, package.loaded.counter == m)
package.loaded.counter = nil
local m3 = require("counter")
print(m3 == m, m3.loads)
os.remove(base .. "_counter.lua")
os.remove(base)

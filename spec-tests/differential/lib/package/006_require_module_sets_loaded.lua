-- a module that stores its own value in package.loaded; that value is returned
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_self.lua", "w"))
f:write("package.loaded[...] = {tag = 'self-registered'}\n")
f:close()
print(require("self").tag)
f = assert(io.open(base .. "_both.lua", "w"))
f:write("package.loaded[...] = 'stored'\nreturn 'returned'\n")
f:close()
print(require("both"))
os.remove(base .. "_self.lua")
os.remove(base .. "_both.lua")
os.remove(base)

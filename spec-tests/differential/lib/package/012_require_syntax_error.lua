-- syntax error in a module file: "error loading module 'x' from file '...'"
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_bad.lua", "w"))
f:write("return {\n")
f:close()
local ok, e = pcall(require, "bad")
print(ok, (e:gsub(base:gsub("%p", "%%%0"), "<tmp>")))
os.remove(base .. "_bad.lua")
os.remove(base)

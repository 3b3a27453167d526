-- runtime error in a module propagates; the module is not marked loaded
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_broken.lua", "w"))
f:write("local x = 1\nerror('module init failed')\n")
f:close()
local ok, e = pcall(require, "broken")
print(ok, (e:gsub(base:gsub("%p", "%%%0"), "<tmp>")))
print(type(package.loaded.broken))
ok, e = pcall(require, "broken")
print(ok, (e:gsub(base:gsub("%p", "%%%0"), "<tmp>")))
os.remove(base .. "_broken.lua")
os.remove(base)

-- calling package.loaders[2] directly: a loader function or the "no file" message
local base = os.tmpname()
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_direct.lua", "w"))
f:write("return 'direct ' .. ...\n")
f:close()
local loader = package.loaders[2]("direct")
print(type(loader), loader("direct"))
local msg = package.loaders[2]("missing")
print((msg:gsub(base:gsub("%p", "%%%0"), "<tmp>")))
print(package.loaders[1]("nothing_preloaded"))
os.remove(base .. "_direct.lua")
os.remove(base)

-- the "module not found" message lists preload, every path and cpath entry
local base = os.tmpname()
package.path = base .. "_?.lua;" .. base .. "_?/init.lua"
package.cpath = "/nonexistent/?.so;/nonexistent/lib?.so"
local ok, e = pcall(require, "nosuchmod")
print(ok, (e:gsub(base, "<tmp>", 1, true):gsub(base, "<tmp>", 1, true)))
os.remove(base)

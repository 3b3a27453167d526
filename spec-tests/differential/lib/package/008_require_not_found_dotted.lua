-- not found message for a dotted name: dots become '/', Croot loader tries the root name
local base = os.tmpname()
package.path = base .. "_?.lua"
package.cpath = "/nonexistent/?.so"
local ok, e = pcall(require, "pkg.sub.mod")
print(ok, (e:gsub(base:gsub("%p", "%%%0"), "<tmp>")))
os.remove(base)

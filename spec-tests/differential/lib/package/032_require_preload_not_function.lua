-- non-function preload entries are ignored? (5.1: preload value must be a function)
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
package.preload.notfn = "just a string"
local ok, e = pcall(require, "notfn")
print(ok, e)

-- an uncaught require failure prints the full search list on stderr
package.path = "/nonexistent/?.lua;/nonexistent/?/init.lua"
package.cpath = "/nonexistent/?.so"
print("requiring")
local function load_it(name) return require(name) end
load_it("absent_module")

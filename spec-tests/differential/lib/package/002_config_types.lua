-- package.config lines, types of path/cpath, loaded standard libraries
local lines = {}
for l in package.config:gmatch("[^\n]+") do lines[#lines + 1] = l end
print(#lines, table.concat(lines, " "))
print(type(package.path), type(package.cpath), type(package.loaded), type(package.preload))
print(package.loaded._G == _G, package.loaded.string == string, package.loaded.table == table)
print(package.loaded.math == math, package.loaded.io == io, package.loaded.os == os)
print(package.loaded.coroutine == coroutine, package.loaded.debug == debug, package.loaded.package == package)
print(type(package.loadlib), type(package.seeall), type(require), type(module))

-- a module returning false is stored as false and is loaded again by the next require
local runs = 0
package.preload.falsy = function() runs = runs + 1; return false end
print(require("falsy"), package.loaded.falsy, runs)
print(require("falsy"), runs)

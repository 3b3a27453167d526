-- package.preload: the loader receives the name; its result is cached
package.preload.pre = function(...)
  print("preload called with", ...)
  return {from = "preload"}
end
local m = require("pre")
print(m.from, package.loaded.pre == m)
print(require("pre") == m)
package.preload.nothing = function() end
print(require("nothing"))

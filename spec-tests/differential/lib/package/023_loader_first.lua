-- a loader inserted first takes precedence over preload
package.preload.dual = function() return "from preload" end
table.insert(package.loaders, 1, function(name)
  if name == "dual" then return function() return "from first loader" end end
end)
print(require("dual"))
table.remove(package.loaders, 1)
package.loaded.dual = nil
print(require("dual"))

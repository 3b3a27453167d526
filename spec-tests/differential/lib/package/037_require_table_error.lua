-- a module raising a table error: require propagates the same object
local obj = {reason = "custom"}
package.preload.tblerr = function() error(obj) end
local ok, e = pcall(require, "tblerr")
print(ok, e == obj, e.reason)

-- require: argument type errors
print(pcall(require))
print(pcall(function() return require({}) end))
print(pcall(function() return require(nil) end))
package.preload["5"] = function(n) return "number name " .. n end
print(require(5))

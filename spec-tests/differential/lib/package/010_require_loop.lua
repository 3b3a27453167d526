-- require detects a module requiring itself while loading
package.preload.loopy = function(name)
  local ok, e = pcall(require, name)
  print("inner require:", ok, e)
  return "loaded"
end
print(require("loopy"))

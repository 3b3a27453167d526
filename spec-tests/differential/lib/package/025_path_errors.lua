-- package.path/cpath/loaders of wrong types raise errors in require
local saved = package.path
package.path = 42
local ok, e = pcall(require, "zzz_missing")
print(ok, (e:gsub("\n.*", "")))
package.path = nil
print(pcall(require, "zzz_missing2"))
package.path = saved
local loaders = package.loaders
package.loaders = nil
print(pcall(require, "zzz_missing3"))
package.loaders = loaders

-- preload entries are looked up by the full dotted name
package.preload["a.b.c"] = function(name) return {n = name} end
print(require("a.b.c").n)
print(package.loaded["a.b.c"] ~= nil, package.loaded["a.b"], package.loaded.a)
package.preload["x.y"] = function(name, extra) return select('#', name, extra) end
print(require("x.y"))
print(rawget(_G, "a"), rawget(_G, "x"))

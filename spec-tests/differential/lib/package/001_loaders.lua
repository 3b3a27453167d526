-- package.loaders: four searchers in 5.1 (preload, Lua, C, Croot), all functions
print(type(package.loaders), #package.loaders)
for i, f in ipairs(package.loaders) do print(i, type(f)) end
print(package.searchers)
local seen = {}
for i = 1, #package.loaders do seen[package.loaders[i]] = true end
local n = 0
for _ in pairs(seen) do n = n + 1 end
print("distinct", n)

-- newproxy: false/true/another proxy, types, shared metatables
local p = newproxy()
print(type(p), getmetatable(p))
local q = newproxy(false)
print(type(q), getmetatable(q))
local r = newproxy(true)
local mt = getmetatable(r)
print(type(r), type(mt))
mt.__index = function(_, k) return "idx:" .. k end
mt.__len = function() return 99 end
print(r.foo)
local s = newproxy(r)
print(getmetatable(s) == mt, s.bar)
print(p == q, r == s)
print(pcall(newproxy, {}))
print(pcall(newproxy, q))
print(pcall(newproxy, 1))
mt.__tostring = function() return "I am a proxy" end
print(tostring(s))

-- newproxy(true) userdata with __index, __newindex, __add, __eq-free identity.
local u = newproxy(true)
local mt = getmetatable(u)
local store = {}
mt.__index = function(_, k) return store[k] or ("no " .. k) end
mt.__newindex = function(_, k, v) store[k] = v end
mt.__add = function(a, b) return "added" end
u.x = 5
print(u.x, u.y, u + 1, 1 + u)
local v = newproxy(u)
print(getmetatable(v) == mt, v.x)

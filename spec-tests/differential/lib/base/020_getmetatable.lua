-- getmetatable: tables, __metatable field, strings, other types
print(getmetatable({}))
local mt = {}
local t = setmetatable({}, mt)
print(getmetatable(t) == mt)
mt.__metatable = "locked"
print(getmetatable(t))
mt.__metatable = false
print(getmetatable(t))
local smt = getmetatable("")
print(type(smt), smt.__index == string)
print(getmetatable("abc") == smt)
print(getmetatable(1), getmetatable(nil), getmetatable(true), getmetatable(print))
print(pcall(getmetatable))

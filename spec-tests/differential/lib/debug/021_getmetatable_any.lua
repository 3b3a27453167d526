-- debug.getmetatable ignores __metatable and works for every type
local t = setmetatable({}, {__metatable = "hidden", tag = "real"})
print(getmetatable(t), debug.getmetatable(t).tag)
print(debug.getmetatable("").__index == string)
print(debug.getmetatable(1), debug.getmetatable(nil), debug.getmetatable(print), debug.getmetatable(true))
print(debug.getmetatable(io.stdout) == getmetatable(io.stdout))

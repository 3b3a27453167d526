-- string.gmatch: argument errors and malformed patterns raised during iteration
print(pcall(function() return string.gmatch() end))
print(pcall(function() return string.gmatch("s") end))
local it = string.gmatch("abc", "%")
print(type(it))
print(pcall(it))
print(pcall(function() for m in ("abc"):gmatch("(") do end end))

-- string functions as methods on string values and literals
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:rep(2), s:sub(2, 3), s:byte(1), s:reverse())
print(("%d"):format(3), ("x"):rep(3, nil), ("a,b"):find(",", 1, true))
print(#s:gsub("l", "L"), (s:gsub("l", "L")))
print(("abc"):upper():lower():reverse())
local n = 10
print(pcall(function() return n:rep(2) end))

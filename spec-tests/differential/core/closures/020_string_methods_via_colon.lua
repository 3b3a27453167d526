-- Strings have methods through their metatable's __index = string.
local s = "Hello"
print(s:upper(), s:len(), ("x"):rep(3), s:sub(2, 3), #s:lower())
local n = 5
print(("%d items"):format(n), ("a,b"):find(",", 1, true))

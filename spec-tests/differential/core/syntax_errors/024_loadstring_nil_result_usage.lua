-- Using the nil result of a failed loadstring raises a call error.
local f, msg = loadstring("x = = 1")
print(f, msg)
print(pcall(function() return f() end))
print(pcall(loadstring, nil))

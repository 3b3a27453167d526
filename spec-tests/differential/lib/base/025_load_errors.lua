-- load: syntax errors, reader errors, bad reader return values
print(type(load(function() return nil end, "=empty")))
local done = false
print(load(function() if done then return nil end done = true return "x = = 1" end, "=bad"))
print(pcall(load, function() error("reader failed") end))
local n = 0
print(load(function() n = n + 1; if n == 1 then return 42 end end))
print(pcall(load, function() return {} end))
print(pcall(load))
print(pcall(load, "return 1"))
done = false
print(type(load(function() if done then return nil end done = true return "return 1" end, "chunky")))

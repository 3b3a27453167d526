-- load: chunkname default "=(load)" and custom names in error messages
local function once(s)
  local used = false
  return function() if used then return nil end used = true return s end
end
print(type(load(once("error('e')"))))
print(pcall(load(once("error('e')"))))
print(pcall(load(once("error('e')"), "=custom")))
print(pcall(load(once("error('e')"), "@file.lua")))
print(pcall(load(once("error('e')"), "some code")))
print(load(once("?"), "=custom"))
print(load(once("?")))

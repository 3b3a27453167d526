-- debug.getinfo 'n': name and namewhat for global, local, method, field, upvalue calls
local function report()
  local i = debug.getinfo(2, "n")
  return tostring(i.name) .. "/" .. tostring(i.namewhat)
end
function global_fn() return report() .. "" end
local function local_fn() return report() .. "" end
local obj = {}
function obj.field_fn() return report() .. "" end
function obj:method_fn() return report() .. "" end
print(global_fn())
print(local_fn())
print(obj.field_fn())
print(obj:method_fn())
local function make()
  local up = local_fn
  return function() return up() end
end
print(make()())
local function upcaller() return (local_fn()) end
print(upcaller())
print(pcall(function() return report() end))

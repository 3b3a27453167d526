-- A strict-mode environment raising errors on unknown globals.
local strict = setmetatable({print = print, pcall = pcall}, {
  __index = function(_, k) error("undefined global '" .. k .. "'", 2) end,
  __newindex = function(t, k, v) rawset(t, k, v) end,
})
local f = setfenv(function()
  x = 1
  print(x)
  print(pcall(function() return y end))
end, strict)
f()

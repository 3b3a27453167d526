-- Errors raised inside metamethods propagate to pcall.
local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __add = function() error("cannot add", 2) end,
})
print(pcall(function() return t.missing end))
print(pcall(function() return t + 1 end))

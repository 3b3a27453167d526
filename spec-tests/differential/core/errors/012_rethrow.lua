-- Rethrowing an error object from a handler keeps it intact; strings get no extra position at level 0.
local function risky() error("original") end
local ok, e = pcall(function()
  local ok2, e2 = pcall(risky)
  error(e2, 0)
end)
print(ok, e)
local ok3, e3 = pcall(function() local _, e4 = pcall(risky) error(e4) end)
print(ok3, e3)

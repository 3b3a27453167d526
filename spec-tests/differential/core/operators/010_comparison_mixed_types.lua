-- Ordering comparisons across types raise errors naming both types.
local cases = {
  function() return 1 < "x" end, function() return "x" < 1 end,
  function() return {} < 1 end, function() return nil < nil end,
  function() return print < print end, function() return 1 <= nil end,
  function() return true >= 1 end,
}
for i, f in ipairs(cases) do print(i, select(2, pcall(f))) end

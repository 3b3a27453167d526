-- traceback lines for pcall and other C functions on the stack
local function fail() error("x") end
local ok, tb = xpcall(function() fail() end, debug.traceback)
print(tb)
print(pcall(function()
  return debug.traceback("inside pcall")
end))
local t = {}
table.sort({3, 2, 1}, function(a, b)
  if #t == 0 then t[1] = debug.traceback("inside sort comparator") end
  return a < b
end)
print(t[1])

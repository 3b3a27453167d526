-- Closures from different calls have independent upvalues; siblings share.
local function pair()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc1, get1 = pair()
local inc2, get2 = pair()
inc1(); inc1(); inc2()
print(get1(), get2())

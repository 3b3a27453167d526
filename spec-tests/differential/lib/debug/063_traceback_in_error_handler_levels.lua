-- traceback from an xpcall handler at level 2 skips the handler frame
local function handler(m)
  return debug.traceback("handled: " .. m, 2)
end
local function bad() local x = nil; return x.y end
print(select(2, xpcall(bad, handler)))

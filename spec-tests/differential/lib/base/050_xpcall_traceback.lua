-- xpcall with debug.traceback as handler and a traceback inside a custom handler
local function lvl3() error("failure at depth") end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(xpcall(lvl1, debug.traceback))
print(xpcall(lvl1, function(m)
  return "H(" .. m .. ")\n" .. debug.traceback("inside handler", 2)
end))

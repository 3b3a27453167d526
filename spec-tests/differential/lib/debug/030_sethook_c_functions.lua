-- call/return hooks also fire for C functions
local events = {}
debug.sethook(function(ev)
  local i = debug.getinfo(2, "nS")
  if i.what == "C" then events[#events + 1] = ev .. ":" .. tostring(i.name) end
end, "cr")
local s = string.upper("x")
local n = math.max(1, 2)
debug.sethook()
print(table.concat(events, " "))

-- an error unwinds without "return" events for the failing Lua functions
local events = {}
local function fails() error("boom") end
local function wrapper() fails() end
debug.sethook(function(ev)
  local i = debug.getinfo(2, "n")
  events[#events + 1] = ev .. ":" .. tostring(i.name)
end, "cr")
pcall(wrapper)
debug.sethook()
print(table.concat(events, " "))

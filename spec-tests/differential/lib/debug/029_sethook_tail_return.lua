-- a tail call produces a "tail return" event in 5.1 hooks
local events = {}
local function target() return "t" end
local function tailer() return target() end
debug.sethook(function(ev)
  local i = debug.getinfo(2, "n")
  events[#events + 1] = ev .. "(" .. tostring(i and i.name) .. ")"
end, "cr")
tailer()
debug.sethook()
print(table.concat(events, " "))

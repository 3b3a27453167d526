-- call and return hooks: event sequence for a small call chain
local events = {}
local function leaf() return 1 end
local function mid() local r = leaf() return r end
debug.sethook(function(ev)
  local i = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. ":" .. tostring(i.name) .. ":" .. i.what
end, "cr")
mid()
debug.sethook()
for _, e in ipairs(events) do print(e) end

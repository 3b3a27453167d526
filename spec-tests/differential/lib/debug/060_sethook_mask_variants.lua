-- sethook: only "c", "r", "l" in the mask matter; count 0 disables count events
local ev = {}
local function h(e) ev[e] = (ev[e] or 0) + 1 end
debug.sethook(h, "xyz")
local f, mask, count = debug.gethook()
debug.sethook()
print(f == h, "[" .. mask .. "]", count)
debug.sethook(h, "r", 0)
local g = function() return 1 end
g()
debug.sethook()
print(ev["return"] ~= nil, ev.call, ev.line, ev.count)

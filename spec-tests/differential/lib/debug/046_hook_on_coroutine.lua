-- a hook set on a coroutine only observes that coroutine
local lines = {}
local co = coroutine.create(function()
  local x = 1
  x = x + 1
  return x
end)
debug.sethook(co, function(ev, line) lines[#lines + 1] = line end, "l")
local main_events = select(2, debug.gethook())
print(coroutine.resume(co))
print(table.concat(lines, " "))
print(main_events, debug.gethook())
local f, mask = debug.gethook(co)
print(type(f), mask)

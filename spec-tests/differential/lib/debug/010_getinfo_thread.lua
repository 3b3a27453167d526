-- debug.getinfo on another thread's stack
local co = coroutine.create(function(x)
  local function inner() coroutine.yield() end
  inner()
end)
coroutine.resume(co, 1)
for level = 0, 3 do
  local i = debug.getinfo(co, level, "Sln")
  if i then print(level, i.short_src, i.currentline, i.what, tostring(i.name)) else print(level, nil) end
end

-- yield from a Lua iterator of a generic for crosses a C boundary in 5.1 and fails
local co = coroutine.create(function()
  local function iter(s, i)
    if i < 3 then coroutine.yield("iter", i) return i + 1 end
  end
  for i in iter, nil, 0 do print("loop", i) end
  return "done"
end)
while true do
  local res = {coroutine.resume(co)}
  print(unpack(res))
  if coroutine.status(co) == "dead" then break end
end

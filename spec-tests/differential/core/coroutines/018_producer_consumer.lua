-- Producer/consumer with a filter in the middle.
local function producer()
  return coroutine.create(function() for _, w in ipairs({"a", "b", "c"}) do coroutine.yield(w) end end)
end
local function filter(src)
  return coroutine.create(function()
    local n = 1
    while true do
      local _, x = coroutine.resume(src)
      if not x then break end
      coroutine.yield(n .. ":" .. x)
      n = n + 1
    end
  end)
end
local f = filter(producer())
while true do
  local _, v = coroutine.resume(f)
  if not v then break end
  print(v)
end

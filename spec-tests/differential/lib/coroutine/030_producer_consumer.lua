-- producer/consumer with coroutines passing data both ways
local function producer()
  return coroutine.create(function()
    for _, word in ipairs({"alpha", "beta", "gamma"}) do coroutine.yield(word) end
    return nil
  end)
end
local function filter(prod)
  return coroutine.create(function()
    local n = 1
    while true do
      local _, x = coroutine.resume(prod)
      if x == nil then return nil end
      coroutine.yield(string.format("%3d %s", n, x))
      n = n + 1
    end
  end)
end
local f = filter(producer())
while true do
  local _, line = coroutine.resume(f)
  if not line then break end
  print(line)
end

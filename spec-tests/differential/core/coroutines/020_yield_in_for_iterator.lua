-- 5.1 quirk: the generic for calls its iterator through a C-level call, so a yield
-- inside the iterator function is refused; yielding in the loop body is fine.
local co = coroutine.create(function()
  local function it(_, i) if i < 2 then coroutine.yield("from iterator") return i + 1 end end
  for i in it, nil, 0 do end
  return "loop done"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
local co2 = coroutine.wrap(function()
  for i = 1, 2 do coroutine.yield("body " .. i) end
  for _, v in ipairs({"x", "y"}) do coroutine.yield("ipairs " .. v) end
  return "end"
end)
print(co2(), co2(), co2(), co2(), co2())

-- many live coroutines interleaved round-robin
local cos = {}
for i = 1, 5 do
  cos[i] = coroutine.create(function()
    for step = 1, 3 do coroutine.yield(i * 10 + step) end
  end)
end
local out = {}
for round = 1, 4 do
  for i = 1, 5 do
    local ok, v = coroutine.resume(cos[i])
    out[#out + 1] = tostring(v)
  end
end
print(table.concat(out, " "))
for i = 1, 5 do io.write(coroutine.status(cos[i]), " ") end
print()

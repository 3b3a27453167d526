-- A generator producing a sequence lazily.
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local out = {}
for v in range(5) do out[#out + 1] = v end
print(table.concat(out, " "))

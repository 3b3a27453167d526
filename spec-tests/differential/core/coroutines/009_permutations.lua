-- Generating permutations recursively with yield.
local function permgen(a, n)
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local count = 0
for p in coroutine.wrap(function() permgen({1, 2, 3}, 3) end) do
  count = count + 1
  print(table.concat(p, ""))
end
print(count)

-- A tail-recursive loop of one million iterations does not grow the stack.
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(1000000, 0))
local function count(n) if n > 0 then return count(n - 1) end return "reached zero" end
print(count(1000000))

-- recursive calls: naive Fibonacci
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local total = 0
for i = 1, 9 do total = total + fib(32 + i % 2) end
print("checksum", total)

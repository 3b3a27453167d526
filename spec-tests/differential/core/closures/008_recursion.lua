-- Plain recursion through a local function.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fact(10), fact(20), fib(20))
local function power(b, e) if e == 0 then return 1 end return b * power(b, e - 1) end
print(power(2, 10), power(3, 5))

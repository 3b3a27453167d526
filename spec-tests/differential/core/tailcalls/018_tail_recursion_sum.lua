-- Accumulator style sum with float values in tail position.
local function sum(n, acc) if n == 0 then return acc end return sum(n - 1, acc + 0.5) end
print(sum(500000, 0))
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print(gcd(1071, 462), gcd(2^40, 6))

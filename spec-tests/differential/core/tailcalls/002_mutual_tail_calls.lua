-- Mutually tail-recursive functions run in constant stack space.
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(300001), odd(300001))

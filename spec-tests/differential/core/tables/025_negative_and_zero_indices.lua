-- Negative and zero integer keys are ordinary hash keys.
local t = {}
t[-1] = "minus one"; t[0] = "zero"; t[1] = "one"
print(t[-1], t[0], t[1], #t)
local n = 0 for _ in pairs(t) do n = n + 1 end print(n)

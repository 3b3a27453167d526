-- 1 and 1.0 are the same key; 2^53 style big keys work.
local t = {}
t[1.0] = "a"; t[2] = "b"
print(t[1], t[2.0], #t)
t[1e15] = "big"
print(t[1000000000000000])

-- A loop with many iterations and float accumulation.
local s = 0
for i = 1, 100000 do s = s + i end
print(s)
local f = 0
for i = 1, 1000 do f = f + 0.001 end
print(f, f == 1)

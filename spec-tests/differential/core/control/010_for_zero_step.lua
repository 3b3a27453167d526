-- 5.1 quirk: with step 0 the loop test is 'limit <= var', so 1,2,0 never runs and 2,1,0 runs forever.
local n = 0
for i = 1, 2, 0 do n = n + 1; if n == 5 then break end end
print(n)
n = 0
for i = 2, 1, 0 do n = n + 1; if n == 5 then break end end
print(n)
n = 0
for i = 1, 1, 0 do n = n + 1; if n == 7 then break end end
print(n)

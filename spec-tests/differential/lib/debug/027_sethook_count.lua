-- count hooks fire every n instructions (only that it fires is printed)
local count = 0
debug.sethook(function(ev) if ev == "count" then count = count + 1 end end, "", 1)
local x = 0
for i = 1, 100 do x = x + i end
debug.sethook()
print(count > 100, x)
local c2 = 0
debug.sethook(function(ev) c2 = c2 + 1 end, "", 1000000)
for i = 1, 10 do x = x + i end
debug.sethook()
print(c2)

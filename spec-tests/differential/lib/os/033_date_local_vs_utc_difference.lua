-- os.date("*t") and os.date("!*t") differ by a whole number of minutes (the offset)
local t = 1234567890
local l, u = os.date("*t", t), os.date("!*t", t)
l.isdst = nil
u.isdst = nil
local diff = os.time(l) - os.time(u)
print(diff % 60 == 0, math.abs(diff) <= 14 * 3600)

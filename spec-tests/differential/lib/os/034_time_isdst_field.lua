-- os.time ignores unknown fields and accepts isdst = nil
local t1 = os.time({year = 2005, month = 1, day = 10, hour = 12, extra = "ignored"})
local t2 = os.time({year = 2005, month = 1, day = 10, hour = 12})
print(t1 == t2)
local t3 = os.time({year = 2005, month = 1, day = 10, hour = 12, isdst = nil, wday = 99, yday = 400})
print(t3 == t2)

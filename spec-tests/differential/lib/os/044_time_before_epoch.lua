-- os.time/os.date round trip for local dates before 1970
local t = os.time({year = 1965, month = 7, day = 4, hour = 12})
print(t < 0)
local d = os.date("*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec)
print(os.time(d) == t)

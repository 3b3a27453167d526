-- os.time truncates fractional fields; numeric strings accepted
local a = os.time({year = 2005, month = 1, day = 10, hour = 12, min = 30.9})
local b = os.time({year = 2005, month = 1, day = 10, hour = 12, min = 30})
print(a == b)
local c = os.time({year = "2005", month = "1", day = "10", hour = "12"})
print(c == os.time({year = 2005, month = 1, day = 10, hour = 12}))

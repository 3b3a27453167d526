-- os.time of a table made by os.date("!*t") is offset by the local zone; differences are preserved
local a = os.time(os.date("!*t", 1000000000))
local b = os.time(os.date("!*t", 1000086400))
print(b - a)
local c = os.time(os.date("!*t", 1000003600))
print(c - a)
print(os.difftime(b, a))

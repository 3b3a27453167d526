-- tostring: NaN and infinity spellings as produced by lua5.1 on Linux
print(tostring(0/0))
print(tostring(-(0/0)))
print(tostring(math.huge), tostring(-math.huge))
print(0/0 ~= 0/0)
print(string.format("%s", 1/0))
local nan = 0/0
print(nan == nan, tostring(nan) == tostring(nan))

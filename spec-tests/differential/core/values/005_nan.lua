-- NaN is not equal to itself; its printed form depends on the sign bit (Linux prints nan or -nan).
local nan = 0/0
print(nan ~= nan, nan == nan, nan < nan, nan > 0, nan <= nan)
local t = {}
print(pcall(function() t[nan] = 1 end))
print(rawequal(nan, nan))
print(type(nan))

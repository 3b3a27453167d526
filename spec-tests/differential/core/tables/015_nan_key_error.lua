-- NaN cannot be a key; reading with NaN yields nil.
local t = {}
local nan = 0/0
print(t[nan])
print(pcall(function() t[nan] = 1 end))
print(pcall(rawset, t, nan, 1))

-- The string library's len agrees with #.
local s = "a\0b\0c"
print(#s, s:len(), string.len(s), ("x"):len())
local long = ("abc"):rep(100)
print(#long, long:len())

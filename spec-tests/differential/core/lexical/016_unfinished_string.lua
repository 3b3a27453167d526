-- Unfinished strings and long strings are reported at the right place.
print(loadstring("x = 'abc"))
print(loadstring("x = \"abc\ndef\""))
print(loadstring("x = [[abc"))
print(loadstring("--[[ never closed"))
print(loadstring("x = [==[ abc ]=]"))

-- Long strings of several levels may contain closing brackets of other levels.
local a = [=[contains ]] and [[ inside]=]
local b = [==[has ]=] and ]] and [=[ too]==]
local c = [====[
four]===]levels]====]
print(a)
print(b)
print(c)
print(#a, #b, #c)

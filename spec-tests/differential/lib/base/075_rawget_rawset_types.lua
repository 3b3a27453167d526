-- rawget/rawset with keys of every type; float keys equal to integers
local t = {}
local f, co = print, coroutine.create(function() end)
rawset(t, 1, "int")
rawset(t, 1.0, "float one")
rawset(t, "1", "string one")
rawset(t, true, "bool")
rawset(t, f, "func")
rawset(t, co, "thread")
print(rawget(t, 1), rawget(t, "1"), rawget(t, true), rawget(t, f), rawget(t, co))
print(rawget(t, 2^53), rawget(t, false))
rawset(t, 1, nil)
print(rawget(t, 1), #t)

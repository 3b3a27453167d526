-- setfenv: cannot change C functions; setfenv(0) affects thread, returns nothing
print(pcall(setfenv, print, {}))
print(pcall(function() setfenv(string.len, {}) end))
local old = getfenv(0)
print(select('#', setfenv(0, old)))

-- module(): creates the global table, sets _M/_NAME/_PACKAGE, changes the environment
local print, type = print, type
module("mymod")
print(_NAME, _PACKAGE, _M == mymod)
value = 10
function get() return value end
print(type(_M.get))
print(string)

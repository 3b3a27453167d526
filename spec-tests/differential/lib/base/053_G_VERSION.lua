-- _G is the global table, _VERSION is "Lua 5.1"
print(_VERSION)
print(_G._G == _G, _G == getfenv())
newglobal = 1
print(_G.newglobal)
_G.other = 2
print(other)
print(type(_G.print), _G.string == string)

-- debug.getinfo 'l': currentline at different levels; -1 for functions given as objects
local function where() return debug.getinfo(2, "l").currentline end
print(where())
print(
  where()
)
local function outer()
  return debug.getinfo(1, "l").currentline, debug.getinfo(2, "l").currentline
end
print(outer())
print(debug.getinfo(outer, "l").currentline)
print(debug.getinfo(print, "l").currentline)

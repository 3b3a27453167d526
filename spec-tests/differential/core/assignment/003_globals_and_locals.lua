-- Assignment to globals versus locals; a local shadows a global.
x = "global"
local x = "local"
print(x, _G.x)
do
  local x = "inner"
  print(x)
end
print(x)
y = nil
print(y, rawget(_G, "y"))

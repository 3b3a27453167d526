-- In 'local x = x' the right side still sees the outer x.
local x = 10
do
  local x = x + 1
  print(x)
end
print(x)
local function f() return "outer f" end
do
  local f = function() return f() .. " wrapped" end
  print(f())
end

-- '...' in a non-vararg function in the main file.
local function f(a)
  return ...
end
print(f(1))

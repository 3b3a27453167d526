-- Sibling closures created in the same scope share one upvalue.
local function make()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = make()
set(10)
print(get())
local get2, set2 = make()
set2(20)
print(get(), get2())

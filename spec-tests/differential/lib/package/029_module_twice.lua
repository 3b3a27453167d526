-- module() called twice with the same name reuses the table
local module = module
local function def(v)
  module("twice")
  field = v
  return _M
end
local a = def(1)
local b = def(2)
print(a == b, twice.field)

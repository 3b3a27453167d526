-- Upvalues captured through several levels of nesting.
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function() a = a + 1 return a + b + c end
    end
  end
end
local f = level1()()()
print(f(), f())

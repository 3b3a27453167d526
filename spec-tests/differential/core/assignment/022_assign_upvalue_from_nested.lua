-- Assignment through two levels of nested functions.
local function outer()
  local v = "start"
  local function mid()
    local function inner() v = v .. "+inner" end
    inner()
    v = v .. "+mid"
  end
  mid()
  return v
end
print(outer())

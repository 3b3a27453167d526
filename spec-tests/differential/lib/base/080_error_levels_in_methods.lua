-- error level 2 from a validation helper blames the caller line
local function check(v)
  if type(v) ~= "number" then error("expected number, got " .. type(v), 2) end
  return v
end
local function api(x)
  return check(x)
end
print(pcall(api, 1))
print(pcall(api, "s"))
print(pcall(check, {}))

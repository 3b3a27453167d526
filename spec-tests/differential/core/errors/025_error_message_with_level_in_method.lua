-- Level 2 blames the caller of an argument-checking function.
local function check(x) if type(x) ~= "number" then error("number expected, got " .. type(x), 2) end return x end
local function api(v) return check(v) + 0 end
local function user() return api("str") end
print(pcall(user))

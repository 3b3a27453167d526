-- rawget/rawset: bypass __index/__newindex; errors
local log = {}
local t = setmetatable({}, {
  __index = function(_, k) return "meta " .. k end,
  __newindex = function(t, k, v) log[#log + 1] = k end})
print(t.x, rawget(t, "x"))
t.y = 1
print(rawget(t, "y"), #log)
print(rawset(t, "y", 2) == t, rawget(t, "y"), #log)
print(pcall(rawset, t, nil, 1))
print(pcall(rawset, t, 0/0, 1))
print(pcall(rawget, "str", 1))
print(pcall(rawset, "str", 1, 2))
print(pcall(rawget, t))
print(pcall(rawset, t, 1))
print(rawget(t, 1))

-- names of functions called as for-iterators, metamethods, __call, and tail-call frames
local function who() local i = debug.getinfo(2, "nS") return tostring(i.name) .. "/" .. tostring(i.namewhat) .. "/" .. i.what end
local function iter(s, c)
  if c < 1 then return c + 1, who() end
end
for _, w in iter, nil, 0 do print(w) end
local u = setmetatable({}, {__index = function() local r = who() return r end,
  __add = function() local r = who() return r end, __call = function() local r = who() return r end,
  __concat = function() local r = who() return r end})
print(u.x)
print(u + 1)
print(u())
print(u .. "x")
local t = setmetatable({}, {__index = function() return who() end})
print(t.x)

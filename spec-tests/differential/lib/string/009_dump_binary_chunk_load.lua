-- a binary chunk loads through load() with a reader and through loadstring with a name
local d = string.dump(function() return "from dump" end)
local i = 0
local f = load(function()
  i = i + 1
  if i <= #d then return d:sub(i, i) end
end)
print(f())
print(loadstring(d, "=binary")())
print(d:sub(1, 4) == "\27Lua")
print(loadstring(d:sub(1, 20)))

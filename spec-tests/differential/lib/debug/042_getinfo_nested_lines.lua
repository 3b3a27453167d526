-- linedefined/lastlinedefined for nested and one-line functions
local src = [[
local function a()
  local function b() return 1 end
  return b
end
local c = function(x)

  return x
end
return a, a(), c
]]
local a, b, c = loadstring(src, "=nested")()
for _, f in ipairs({a, b, c}) do
  local i = debug.getinfo(f, "S")
  print(i.short_src, i.linedefined, i.lastlinedefined, i.what)
end

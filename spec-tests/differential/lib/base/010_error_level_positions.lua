-- error: levels pointing into different functions and chunk names
local f = loadstring([[
local function a(l) error("boom", l) end
local function b(l) a(l) end
function c(l)
  b(l)
end
return c
]], "=chunk")()
for l = 0, 4 do
  print(l, pcall(f, l))
end

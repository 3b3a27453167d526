-- the frame below a tail call is reported as a "tail" pseudo-frame
local function probe()
  local out = {}
  for level = 1, 4 do
    local i = debug.getinfo(level, "Sln")
    if not i then break end
    out[#out + 1] = i.what .. ":" .. i.currentline .. ":" .. tostring(i.name)
  end
  return table.concat(out, " ")
end
local function a() return probe() end
local function b() local r = a() return r end
print(b())

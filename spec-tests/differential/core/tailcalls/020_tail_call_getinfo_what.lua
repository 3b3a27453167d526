-- debug.getinfo of a frame reached by a tail call reports what = "tail" for the missing frame in 5.1.
local function probe()
  local parts = {}
  for level = 1, 4 do
    local info = debug.getinfo(level, "Snl")
    if not info then break end
    parts[#parts + 1] = level .. ":" .. info.what .. ":" .. tostring(info.name) .. ":" .. info.short_src:match("[^/]*$")
  end
  return table.concat(parts, "  ")
end
local function t() return probe() end
print(t())

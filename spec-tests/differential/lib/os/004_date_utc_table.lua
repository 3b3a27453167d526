-- os.date("!*t"): all fields for fixed times (printed sorted)
local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k]) end
  return table.concat(out, " ")
end
for _, t in ipairs({0, 1234567890, 951868800, 1009843199, -1}) do
  print(t, show(os.date("!*t", t)))
end

-- pattern classes over all 256 bytes: print matching byte ranges per class
local function ranges(cls)
  local out, start, prev = {}, nil, nil
  for i = 0, 256 do
    local m = i < 256 and string.find(string.char(i), "^%" .. cls .. "$") ~= nil
    if m and not start then start = i end
    if not m and start then
      out[#out + 1] = start == i - 1 and tostring(start) or (start .. "-" .. (i - 1))
      start = nil
    end
  end
  return table.concat(out, ",")
end
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  print(c, ranges(c))
  print(c:upper(), ranges(c:upper()))
end

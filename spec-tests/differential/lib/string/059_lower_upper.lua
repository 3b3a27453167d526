-- string.lower/upper: ASCII letters only; other bytes unchanged
print(("Hello World 123!"):lower(), ("Hello World 123!"):upper())
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local lo, up = all:lower(), all:upper()
local changed_lo, changed_up = {}, {}
for i = 1, 256 do
  if lo:byte(i) ~= i - 1 then changed_lo[#changed_lo + 1] = (i - 1) .. ">" .. lo:byte(i) end
  if up:byte(i) ~= i - 1 then changed_up[#changed_up + 1] = (i - 1) .. ">" .. up:byte(i) end
end
print(#changed_lo, changed_lo[1], changed_lo[#changed_lo])
print(#changed_up, changed_up[1], changed_up[#changed_up])
print(("\0A\0"):lower() == "\0a\0", ("\200\233"):upper() == "\200\233")
print(string.lower(42), string.upper(1e10))
print(pcall(function() return string.upper() end))

-- %U %W %j %w %u %V %G at fixed UTC times spread over a year
local base = 1072915200
for i = 0, 6 do
  local t = base + i * 86400 * 61
  print(os.date("!%Y-%m-%d %a %j %U %W %w %u %V %G", t))
end

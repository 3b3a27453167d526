-- common split idioms built from find and gmatch
local function split(s, sep)
  local out, start = {}, 1
  while true do
    local i, j = s:find(sep, start, true)
    if not i then out[#out + 1] = s:sub(start) break end
    out[#out + 1] = s:sub(start, i - 1)
    start = j + 1
  end
  return out
end
print(table.concat(split("a,b,,c,", ","), "|"), #split("a,b,,c,", ","))
print(table.concat(split("one::two::three", "::"), "|"))
print(table.concat(split("", ","), "|"), #split("", ","))
local lines = {}
for line in ("l1\nl2\n\nl4"):gmatch("([^\n]*)\n?") do lines[#lines + 1] = "<" .. line .. ">" end
print(table.concat(lines))

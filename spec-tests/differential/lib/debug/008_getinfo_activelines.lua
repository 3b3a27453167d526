-- debug.getinfo 'L': the set of lines with code
local f = loadstring([[
local a = 1

local b = 2
-- comment
if a then
  b = 3
end
return a + b
]], "=lines")
local L = debug.getinfo(f, "L").activelines
local lines = {}
for k, v in pairs(L) do lines[#lines + 1] = k .. "=" .. tostring(v) end
table.sort(lines)
print(table.concat(lines, " "))
print(debug.getinfo(print, "L").activelines)

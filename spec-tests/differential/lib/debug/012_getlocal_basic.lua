-- debug.getlocal: names and values of locals, out-of-range index gives nil
local function f(a, b)
  local c = a + b
  local out = {}
  for i = 1, 10 do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. (type(value) == "table" and "<tbl>" or tostring(value))
  end
  return table.concat(out, " ")
end
print(f(1, 2))
local x, y = "main x", 42
print(debug.getlocal(1, 1), debug.getlocal(1, 2))
print(debug.getlocal(1, 100))

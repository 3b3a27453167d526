-- debug.getlocal reports the hidden control variables of for loops
for i = 10, 12, 2 do
  local out = {}
  for n = 1, 10 do
    local name, value = debug.getlocal(1, n)
    if not name then break end
    out[#out + 1] = name .. "=" .. (type(value) == "table" and "<tbl>" or tostring(value))
  end
  print(table.concat(out, " "))
  break
end
for k, v in pairs({a = 1}) do
  local out = {}
  for n = 1, 10 do
    local name, value = debug.getlocal(1, n)
    if not name then break end
    out[#out + 1] = name .. "=" .. (type(value) == "function" and "<fn>" or type(value) == "table" and "<tbl>" or tostring(value))
  end
  print(table.concat(out, " "))
end

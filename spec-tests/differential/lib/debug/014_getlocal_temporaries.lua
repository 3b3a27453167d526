-- debug.getlocal shows (*temporary) slots of the caller during a call
local function probe()
  local out = {}
  for n = 1, 20 do
    local name, value = debug.getlocal(2, n)
    if not name then break end
    out[#out + 1] = name .. "=" .. (type(value) == "table" and "<tbl>" or type(value) == "function" and "<fn>" or tostring(value))
  end
  return table.concat(out, " ")
end
local function host(a)
  local b = "bee"
  local r = probe()
  return r
end
print(host("A"))
local function host2(a)
  local r = (function(x, y) local s = probe() return s end)(1, 2)
  return r
end
print(host2("Z"))
local function host3()
  local t = {}
  local s = "pre" .. probe()
  return s
end
print(host3())
local function host4(a, b)
  local s = string.format("%s|%s", a, probe())
  return s
end
print(host4("q", "w"))

-- getlocal sees only variables active at the current point
local function f()
  local a = 1
  do
    local b = 2
  end
  local c = 3
  local out = {}
  for i = 1, 10 do
    local n = debug.getlocal(1, i)
    if not n then break end
    out[#out + 1] = n
  end
  return table.concat(out, ",")
end
print(f())

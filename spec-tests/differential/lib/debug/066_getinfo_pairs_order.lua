-- debug.getinfo's table lists its fields in 5.1's order, name (even nil) before namewhat
local function keys(t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. "=" .. (type(v) == "function" and "f" or type(v) == "table" and "t" or tostring(v)) end
  return table.concat(ks, " ")
end
local function g() return keys(debug.getinfo(1)) end
print(g())
local function tc() return debug.getinfo(1, "nSlu") end
local function caller() return tc() end
print(keys(caller()))
print(keys(debug.getinfo(1, "L")))
print(keys(debug.getinfo(1, "n")))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(keys(debug.getinfo(co, 1)))
local function tail() return debug.getinfo(2) end
local function viatail() return tail() end
local r = viatail()
print(r and keys(r))

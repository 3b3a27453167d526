-- pairs lists the standard library tables in 5.1's order: their keys arrive in the order the C
-- libraries register them, into tables presized as luaL_register presizes them
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  return table.concat(ks, " ")
end
for _, name in ipairs({"_G", "coroutine", "package", "table", "io", "os", "string", "math", "debug"}) do
  print(name, keys(_G[name]))
end
print("package.loaded", keys(package.loaded))
print("FILE*", keys(getmetatable(io.stdout)))
print("string meta", keys(getmetatable("")))

-- A proxy pattern: __index/__newindex forwarding with access logging.
local function proxy(target, log)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. k return target[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. k target[k] = v end,
  })
end
local log, target = {}, {a = 1}
local p = proxy(target, log)
p.b = p.a + 1
print(target.b, table.concat(log, ", "))

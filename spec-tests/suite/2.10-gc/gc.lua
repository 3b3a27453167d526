-- §2.10 garbage collection: weak tables, __gc on userdata (newproxy), collectgarbage options, gcinfo.
-- Written to pass on any correct implementation: after dropping every reference and running a full
-- collection twice, unreachable objects must be gone from weak tables and their finalisers must have run.
local S = require "spec"

local function fullgc() collectgarbage("collect") collectgarbage("collect") end

S.group("__mode", function()
  local wv = setmetatable({}, { __mode = "v" })
  wv[1] = {} wv[2] = function() end wv.keep = {} local strong = wv.keep
  wv.co = coroutine.create(function() end)
  fullgc()
  S.eq(wv[1], nil, "weak value: unreachable table removed")
  S.eq(wv[2], nil, "weak value: unreachable closure removed")
  S.eq(wv.co, nil, "weak value: unreachable thread removed")
  S.eq(wv.keep, strong, "weak value: reachable table kept")
  local wk = setmetatable({}, { __mode = "k" })
  wk[{}] = "gone" local key = {} wk[key] = "kept"
  fullgc()
  local n = 0 for k in pairs(wk) do n = n + 1 end
  S.eq(n, 1, "weak key: only the reachable key remains")
  S.eq(wk[key], "kept", "weak key: reachable key kept")
  local wkv = setmetatable({}, { __mode = "kv" })
  wkv[{}] = 1 wkv[1] = {} wkv.x = key
  fullgc()
  S.eq(next(wkv, nil) ~= nil and wkv.x, key, "kv: entry with reachable value kept")
  n = 0 for k in pairs(wkv) do n = n + 1 end
  S.eq(n, 1, "kv: other entries removed")
  local ws = setmetatable({}, { __mode = "kv" })
  ws.s = "a string value" .. tostring(1) ws[1] = 42 ws[2] = true ws["key" .. 1] = "v"
  fullgc()
  S.eq(ws.s, "a string value1", "strings are values: never removed from weak tables")
  S.eq(ws[1], 42, "numbers are not removed")
  S.eq(ws[2], true, "booleans are not removed")
  S.eq(ws.key1, "v", "string keys are not removed")
  local wt = setmetatable({}, { __mode = "v" })
  local strongval = {}
  wt[1] = strongval
  local weakkeyholder = setmetatable({}, { __mode = "k" })
  weakkeyholder[strongval] = true
  fullgc()
  S.eq(wt[1], strongval, "object referenced from a local survives")
  S.eq(weakkeyholder[strongval], true, "and stays as a weak key")
  local mt = { __mode = "v" }
  local late = setmetatable({}, mt)
  late[1] = {}
  fullgc()
  S.eq(late[1], nil, "shared mode metatable")
  local notweak = setmetatable({}, { __mode = "x" })
  notweak[1] = {}
  fullgc()
  S.eq(type(notweak[1]), "table", "a __mode without k or v makes nothing weak")
end)

S.group("__gc", function()
  local log = {}
  do
    local p = newproxy(true)
    getmetatable(p).__gc = function(u) log[#log + 1] = type(u) end
  end
  fullgc()
  S.eq(log[1], "userdata", "__gc of an unreachable proxy runs and receives the userdata")
  S.eq(#log, 1, "finaliser runs once")
  fullgc()
  S.eq(#log, 1, "and not again")
  local keep = newproxy(true)
  local ran = false
  getmetatable(keep).__gc = function() ran = true end
  fullgc()
  S.eq(ran, false, "a reachable proxy is not finalised")
  local tlog = false
  do setmetatable({}, { __gc = function() tlog = true end }) end
  fullgc()
  S.eq(tlog, false, "tables have no __gc in 5.1")
  local order = {}
  do
    local mt = { __gc = function(u) order[#order + 1] = "x" end }
    local a = newproxy(true) getmetatable(a).__gc = mt.__gc
    local b = newproxy(a)
  end
  fullgc()
  S.eq(#order, 2, "proxies sharing a metatable are both finalised")
  local late = {}
  do
    local p = newproxy(true)
    getmetatable(p).__gc = function() late.done = true end
    getmetatable(p).__gc = nil
  end
  fullgc()
  S.eq(late.done, nil, "__gc removed before collection: nothing runs")
  local setlater = {}
  do
    local p = newproxy(true)
    local m = getmetatable(p)
    m.__gc = function() setlater.v = 1 end
  end
  fullgc()
  S.eq(setlater.v, 1, "__gc set after newproxy(true) is honoured")
end)

S.group("newproxy", function()
  local p = newproxy(true)
  S.eq(type(p), "userdata", "newproxy returns a userdata")
  S.eq(type(getmetatable(p)), "table", "newproxy(true) has a fresh metatable")
  S.eq(getmetatable(newproxy()), nil, "newproxy() has none")
  S.eq(getmetatable(newproxy(false)), nil, "newproxy(false) has none")
  local q = newproxy(p)
  S.eq(getmetatable(q), getmetatable(p), "newproxy(proxy) shares the metatable")
  S.ok(q ~= p, "but is a new userdata")
  S.ok(getmetatable(newproxy(true)) ~= getmetatable(newproxy(true)), "each newproxy(true) has its own metatable")
  S.err(newproxy, "bad argument #1 to '?' (boolean or proxy expected)", "a regular userdata is not a proxy", io.stdout)
  S.err(newproxy, "bad argument #1 to '?' (boolean or proxy expected)", "a newproxy() without metatable is not a proxy", newproxy())
end)

S.group("collectgarbage", function()
  S.eq(collectgarbage(), 0, "default option is collect, returns 0")
  S.eq(collectgarbage("collect"), 0, "collect returns 0")
  local c = collectgarbage("count")
  S.eq(type(c), "number", "count is a number (KB)")
  S.ok(c > 0, "count is positive")
  S.eq(type(collectgarbage("step")), "boolean", "step returns a boolean")
  S.eq(type(collectgarbage("step", 100000)), "boolean", "step with a size")
  S.eq(collectgarbage("stop"), 0, "stop returns 0")
  S.eq(collectgarbage("restart"), 0, "restart returns 0")
  S.eq(collectgarbage("setpause", 150), 200, "setpause returns the previous value (default 200)")
  S.eq(collectgarbage("setpause", 200), 150, "setpause returns what was set")
  S.eq(collectgarbage("setstepmul", 300), 200, "setstepmul returns the previous value (default 200)")
  S.eq(collectgarbage("setstepmul", 200), 300, "setstepmul returns what was set")
  local big = {}
  for i = 1, 50000 do big[i] = { i } end
  local before = collectgarbage("count")
  big = nil
  fullgc()
  S.ok(collectgarbage("count") < before, "count drops after freeing a large structure")
  S.ok(collectgarbage("collect", 0) == 0, "extra argument ignored by collect")
end)

S.group("gcinfo", function()
  local k = gcinfo()
  S.eq(type(k), "number", "gcinfo returns a number")
  S.eq(k, math.floor(k), "in whole kilobytes")
  S.ok(math.abs(k - collectgarbage("count")) < 1024, "close to collectgarbage('count')")
end)
S.done()

-- §2.8 metatables: every event, who is consulted, argument order and result adjustment
local S = require "spec"

local function rec(name)   -- a metamethod that records its arguments
  return function(...) return name, select("#", ...), ... end
end

S.group("__add", function()
  local mt = { __add = function(a, b) return "add" end }
  local t = setmetatable({}, mt)
  S.eq(t + 1, "add", "table + number") S.eq(1 + t, "add", "number + table") S.eq(t + t, "add", "table + table")
  S.eq(t + "x", "add", "table + string") S.eq("x" + t, "add", "non-numeric string + table")
  local args
  mt.__add = function(a, b) args = {a, b} return 0 end
  local _ = 1 + t
  S.ok(args[1] == 1 and args[2] == t, "operands passed in order (left, right)")
  local t2 = setmetatable({}, { __add = function() return "second" end })
  S.eq(({} and t2) + {}, "second", "left operand's handler first")
  S.eq({} + t2, "second", "right operand's handler when left has none")
  mt.__add = function() return 1, 2 end
  S.rets({1}, "result adjusted to one value", (function() return t + 1 end)())
  S.eq(setmetatable({}, { __add = function() return nil end }) + 1, nil, "nil result allowed")
  S.errp(function() return setmetatable({}, {}) + 1 end, "attempt to perform arithmetic on a table value", "no handler: message")
  S.eq(setmetatable({}, { __add = function(a, b) return b end }) + "10", "10", "string operand not converted before call")
end)
S.group("__sub", function()
  local t = setmetatable({}, { __sub = function(a, b) return (type(a) == "table" and "T" or a) .. "-" .. (type(b) == "table" and "T" or b) end })
  S.eq(t - 1, "T-1", "t - 1") S.eq(1 - t, "1-T", "1 - t") S.eq(t - t, "T-T", "t - t")
end)
S.group("__mul", function()
  local t = setmetatable({}, { __mul = function(a, b) return "mul" end })
  S.eq(t * 2, "mul", "t * 2") S.eq(2 * t, "mul", "2 * t")
end)
S.group("__div", function()
  local t = setmetatable({}, { __div = function(a, b) return "div" end })
  S.eq(t / 2, "div", "t / 2") S.eq(2 / t, "div", "2 / t")
end)
S.group("__mod", function()
  local t = setmetatable({}, { __mod = function(a, b) return "mod" end })
  S.eq(t % 2, "mod", "t % 2") S.eq(2 % t, "mod", "2 % t")
end)
S.group("__pow", function()
  local t = setmetatable({}, { __pow = function(a, b) return "pow" end })
  S.eq(t ^ 2, "pow", "t ^ 2") S.eq(2 ^ t, "pow", "2 ^ t")
end)
S.group("__unm", function()
  local got
  local t = setmetatable({}, { __unm = function(...) got = S.pack(...) return "neg" end })
  S.eq(-t, "neg", "-t")
  S.eq(got.n, 2, "__unm receives the operand twice in 5.1")
  S.ok(got[1] == t and got[2] == t, "both arguments are the operand")
  S.errp(function() return -setmetatable({}, {}) end, "attempt to perform arithmetic on a table value", "no __unm")
end)
S.group("__concat", function()
  local t = setmetatable({}, { __concat = function(a, b)
    return (type(a) == "table" and "T" or a) .. "|" .. (type(b) == "table" and "T" or b) end })
  S.eq(t .. "x", "T|x", "t .. 'x'") S.eq("x" .. t, "x|T", "'x' .. t") S.eq(1 .. t, "1|T", "number .. t")
  S.eq(t .. t, "T|T", "t .. t")
  S.eq("a" .. "b" .. t, "ab|T", "right associative: strings joined first")
  S.eq(t .. "a" .. "b", "T|ab", "t .. ('a' .. 'b')")
  S.eq("a" .. t .. "b", "aT|b", "t .. 'b' uses __concat, then plain string concatenation")
  local n = setmetatable({}, { __concat = function() return 5 end })
  S.eq(n .. "x", 5, "result may be a non-string")
  S.errp(function() return setmetatable({}, {}) .. "x" end, "attempt to concatenate a table value", "no __concat")
end)
S.group("__len", function()
  local u = newproxy(true)
  getmetatable(u).__len = function(a, b) return 42 end
  S.eq(#u, 42, "__len on userdata")
  local args
  getmetatable(u).__len = function(...) args = S.pack(...) return 1 end
  local _ = #u
  S.eq(args.n, 2, "__len receives two arguments in 5.1 (operand and nil)")
  S.eq(args[1], u, "first argument is the operand")
  S.eq(args[2], nil, "second argument is nil")
  local t = setmetatable({1, 2}, { __len = function() return 99 end })
  S.eq(#t, 2, "tables ignore __len in 5.1")
  S.errp(function() return #newproxy() end, "attempt to get length of a userdata value", "userdata without __len")
end)
S.group("__eq", function()
  local calls = 0
  local eq = function(a, b) calls = calls + 1 return 1 end
  local mt = { __eq = eq }
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  S.eq(a == b, true, "same __eq: called, result converted to boolean")
  S.eq(a ~= b, false, "~= is not (==)")
  S.eq(calls, 2, "called for == and ~=")
  S.eq(a == a, true, "identical values do not call __eq")
  S.eq(calls, 2, "not called for identical operands")
  local c = setmetatable({}, { __eq = eq })
  S.eq(a == c, true, "different metatables with the same function: called")
  local d = setmetatable({}, { __eq = function() return true end })
  S.eq(a == d, false, "different __eq functions: not called, false")
  S.eq(a == {}, false, "other operand without metatable: false")
  S.eq(a == 1, false, "different types never call __eq")
  S.eq(rawequal(a, b), false, "rawequal ignores __eq")
  local f = setmetatable({}, { __eq = function() return nil end })
  local g = setmetatable({}, getmetatable(f))
  S.eq(f == g, false, "nil result converts to false")
  local u1, u2 = newproxy(true), nil
  u2 = newproxy(u1)
  getmetatable(u1).__eq = function() return true end
  S.eq(u1 == u2, true, "userdata sharing a metatable use __eq")
end)
S.group("__lt", function()
  local mt = { __lt = function(a, b) return a.v < b.v end }
  local x, y = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
  S.eq(x < y, true, "x < y") S.eq(y < x, false, "y < x") S.eq(y > x, true, "> swaps operands")
  S.eq(x > y, false, "x > y")
  local o = setmetatable({v = 0}, { __lt = mt.__lt })
  S.eq(o < x, true, "different metatables, same function: allowed")
  local other = setmetatable({v = 0}, { __lt = function() return true end })
  S.errp(function() return other < x end, "attempt to compare two table values", "different __lt functions: error")
  S.errp(function() return x < 1 end, "attempt to compare table with number", "mixed types: error even with __lt")
  local r = setmetatable({}, { __lt = function() return "yes" end })
  local r2 = setmetatable({}, getmetatable(r))
  S.eq(r < r2, true, "result converted to boolean")
end)
S.group("__le", function()
  local mt = { __le = function(a, b) return a.v <= b.v end }
  local x, y = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
  S.eq(x <= y, true, "x <= y") S.eq(y <= x, false, "y <= x") S.eq(y >= x, true, ">= swaps") S.eq(x >= x, true, "x >= x")
  local calls = {}
  local lt = { __lt = function(a, b) calls[#calls + 1] = "lt" return a.v < b.v end }
  local p, q = setmetatable({v = 1}, lt), setmetatable({v = 2}, lt)
  S.eq(p <= q, true, "without __le, a <= b is not (b < a)")
  S.eq(q <= p, false, "fallback: q <= p")
  S.eq(calls[1], "lt", "__lt used for the fallback")
  S.errp(function() return {} <= {} end, "attempt to compare two table values", "neither __le nor __lt")
end)
S.group("__index", function()
  local t = setmetatable({}, { __index = function(t, k) return k .. "!" end })
  S.eq(t.x, "x!", "function handler") S.eq(t[1], "1!", "numeric key converted by handler")
  rawset(t, "y", "raw")
  S.eq(t.y, "raw", "present keys do not call __index")
  local base = { a = 1 }
  local d = setmetatable({}, { __index = base })
  S.eq(d.a, 1, "table handler") S.eq(d.b, nil, "missing in both")
  local top = setmetatable({}, { __index = d })
  S.eq(top.a, 1, "chain of __index tables")
  local args
  local h = setmetatable({}, { __index = function(...) args = S.pack(...) return nil end })
  local _ = h.key
  S.ok(args.n == 2 and args[1] == h and args[2] == "key", "handler receives (table, key)")
  S.eq(rawget(d, "a"), nil, "rawget bypasses __index")
  local f = setmetatable({}, { __index = function() return 1, 2 end })
  S.rets({1}, "result adjusted to one value", (function() return f.x end)())
  S.eq(("abc").len, string.len, "strings index the string table")
  S.eq(getmetatable("").__index, string, "string metatable __index is string")
  local u = newproxy(true)
  getmetatable(u).__index = { field = "ud" }
  S.eq(u.field, "ud", "__index on userdata")
  local cnt = 0
  local nilval = setmetatable({ x = nil }, { __index = function() cnt = cnt + 1 return "dflt" end })
  S.eq(nilval.x, "dflt", "key set to nil still calls __index")
  S.eq(setmetatable({}, { __index = 5 }) and pcall(function() return setmetatable({}, { __index = 5 }).x end), false,
    "__index of a non-table non-function value is indexed (error)")
end)
S.group("__newindex", function()
  local log = {}
  local t = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) end })
  t.a = 1
  S.eq(log[1], "a=1", "handler called for absent key") S.eq(rawget(t, "a"), nil, "value not stored")
  rawset(t, "b", 1)
  t.b = 2
  S.eq(rawget(t, "b"), 2, "present key assigned directly") S.eq(#log, 1, "handler not called for present key")
  local store = {}
  local p = setmetatable({}, { __newindex = store })
  p.x = 5
  S.eq(store.x, 5, "table handler: assignment goes to that table") S.eq(rawget(p, "x"), nil, "not stored in the proxy")
  local inner = setmetatable({}, { __newindex = function(t, k, v) rawset(t, k, v * 10) end })
  local outer = setmetatable({}, { __newindex = inner })
  outer.z = 2
  S.eq(rawget(inner, "z"), 20, "assignment into handler table repeats the event there")
  local args
  local q = setmetatable({}, { __newindex = function(...) args = S.pack(...) end })
  q[1] = nil
  S.ok(args.n == 3 and args[1] == q and args[2] == 1 and args[3] == nil, "handler receives (table, key, value) even for nil")
  local w = setmetatable({}, { __newindex = function(t, k, v) rawset(t, k, v) end })
  w.k = "v"
  S.eq(w.k, "v", "rawset inside handler stores")
end)
S.group("__call", function()
  local args
  local c = setmetatable({}, { __call = function(...) args = S.pack(...) return "called", 2 end })
  S.rets({"called", 2}, "all results returned", c(1, 2))
  S.ok(args.n == 3 and args[1] == c and args[2] == 1 and args[3] == 2, "object is the first argument")
  S.eq(pcall(c), true, "pcall of a callable table")
  local u = newproxy(true)
  getmetatable(u).__call = function(self, x) return x * 2 end
  S.eq(u(21), 42, "callable userdata")
  local nested = setmetatable({}, { __call = c })
  S.errp(function() return nested() end, "attempt to call upvalue 'nested' (a table value)", "__call that is a callable table is not followed")
end)
S.group("__tostring", function()
  local t = setmetatable({}, { __tostring = function() return "T!" end })
  S.eq(tostring(t), "T!", "tostring uses __tostring")
  local n = setmetatable({}, { __tostring = function() return 42 end })
  S.eq(tostring(n), 42, "tostring returns a non-string result as is")
  S.err(function() return tostring(setmetatable({}, { __tostring = false })) end, "attempt to call a boolean value",
    "a false __tostring field is called anyway")
  S.eq(tostring(setmetatable({}, { __tostring = function(self) return "id" end })), "id", "receives the object")
end)
S.group("__metatable", function()
  local t = setmetatable({}, { __metatable = "locked" })
  S.eq(getmetatable(t), "locked", "getmetatable returns the field")
  S.errp(function() setmetatable(t, {}) end, "cannot change a protected metatable", "setmetatable refuses")
  S.errp(function() setmetatable(t, nil) end, "cannot change a protected metatable", "cannot remove either")
  S.eq(getmetatable("").__index, string, "string metatable is not protected")
  local f = setmetatable({}, { __metatable = false })
  S.eq(getmetatable(f), false, "false field value is returned")
  S.ok(type(debug.getmetatable(t)) == "table", "debug.getmetatable ignores __metatable")
end)
S.group("setmetatable", function()
  local t = {}
  S.eq(setmetatable(t, {}), t, "returns the table")
  S.eq(setmetatable(t, nil), t, "nil removes")
  S.eq(getmetatable(t), nil, "removed")
  S.eq(getmetatable(1), nil, "numbers have no metatable")
  S.eq(getmetatable(print), nil, "functions have no metatable")
  S.eq(getmetatable(nil), nil, "nil has no metatable")
  S.eq(type(getmetatable("")), "table", "strings share a metatable")
  S.eq(getmetatable("a"), getmetatable("b"), "one metatable for all strings")
  local mt = {}
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  S.eq(getmetatable(a), getmetatable(b), "shared metatable")
  mt.__index = { late = true }
  S.eq(a.late, true, "metamethods looked up at event time")
end)
S.done()

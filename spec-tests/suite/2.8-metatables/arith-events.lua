-- §2.8 arithmetic and concatenation events, the same checks for each: both operand orders, mixed operand
-- types, argument order, first operand's handler wins, result passed through unchanged, missing handler
local S = require "spec"

local ops = {
  { "__add", function(a, b) return a + b end }, { "__sub", function(a, b) return a - b end },
  { "__mul", function(a, b) return a * b end }, { "__div", function(a, b) return a / b end },
  { "__mod", function(a, b) return a % b end }, { "__pow", function(a, b) return a ^ b end },
  { "__concat", function(a, b) return a .. b end },
}
for _, op in ipairs(ops) do
  local event, apply = op[1], op[2]
  S.group(event, function()
    local seen
    local mt = { [event] = function(a, b) seen = { a, b } return event end }
    local x = setmetatable({}, mt)
    S.eq(apply(x, 2), event, "table op number")
    S.ok(seen[1] == x and seen[2] == 2, "arguments (table, number)")
    S.eq(apply(2, x), event, "number op table")
    S.ok(seen[1] == 2 and seen[2] == x, "arguments (number, table) keep the order")
    S.eq(apply(x, x), event, "table op table")
    S.eq(apply(x, "s"), event, "table op string")
    S.eq(apply(true, x), event, "boolean op table")
    local other = setmetatable({}, { [event] = function() return "other" end })
    S.eq(apply(x, other), event, "both have handlers: the first operand's is used")
    S.eq(apply(other, x), "other", "reversed: the first operand's is used")
    S.eq(apply({}, x), event, "first operand without handler: the second's is used")
    local u = newproxy(true)
    getmetatable(u)[event] = function() return "ud" end
    S.eq(apply(u, 1), "ud", "userdata operand")
    local r = setmetatable({}, { [event] = function() return nil, "ignored" end })
    S.eq(apply(r, 1), nil, "nil result, extra results dropped")
    local ok = pcall(apply, setmetatable({}, {}), 1)
    S.eq(ok, false, "metatable without the handler: error")
  end)
end

S.group("__unm", function()
  local t = setmetatable({}, { __unm = function(a) return "neg" end })
  S.eq(-t, "neg", "unary minus on a table")
  local u = newproxy(true)
  getmetatable(u).__unm = function() return 5 end
  S.eq(-u, 5, "unary minus on userdata")
  S.eq(-(-setmetatable({}, { __unm = function() return 3 end })), -3, "result of __unm is a plain number")
  S.eq(pcall(function() return -setmetatable({}, { __add = function() end }) end), false, "other handlers do not help")
  local s = setmetatable({}, { __unm = function(a, b) return rawequal(a, b) end })
  S.eq(-s, true, "both arguments are the operand itself")
end)

S.group("__tostring", function()
  local t = setmetatable({}, { __tostring = function(self) return "obj" end })
  S.eq(tostring(t), "obj", "tostring")
  S.eq(string.format("%s", tostring(t)), "obj", "through format after tostring")
  local u = newproxy(true)
  getmetatable(u).__tostring = function() return "ud" end
  S.eq(tostring(u), "ud", "userdata")
  local mt = { __tostring = function() return "first" end }
  local o = setmetatable({}, mt)
  mt.__tostring = function() return "second" end
  S.eq(tostring(o), "second", "looked up at call time")
  S.errp(function() return "x" .. t end, "attempt to concatenate upvalue 't' (a table value)", ".. does not use __tostring")
end)

S.group("__metatable", function()
  local u = newproxy(true)
  getmetatable(u).__metatable = "ud locked"
  S.eq(getmetatable(u), "ud locked", "userdata metatable protected")
  local t = setmetatable({}, { __metatable = { fake = true } })
  S.eq(getmetatable(t).fake, true, "any value can be returned")
  local mt = {}
  S.eq(getmetatable(setmetatable({}, mt)), mt, "no __metatable field: the metatable itself")
end)
S.done()

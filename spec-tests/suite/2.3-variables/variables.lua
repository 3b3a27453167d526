-- §2.3 variables: globals, locals, table fields, indexing sugar
local S = require "spec"

S.group("global variable", function()
  S.run("gx_1 = 10 local v = gx_1 gx_1 = nil return v", {10}, "assign and read a global")
  S.run("return undefined_global_xyz", {nil, n = 1}, "unassigned global is nil")
  S.run("gx_2 = 1 local r = _G.gx_2 gx_2 = nil return r", {1}, "globals live in _G")
  S.run("_G.gx_3 = 7 local r = gx_3 gx_3 = nil return r", {7}, "_G fields are globals")
  S.run("gx_4 = 1 gx_4 = nil return rawget(_G, 'gx_4')", {nil, n = 1}, "assigning nil removes")
  S.run("return getfenv(1) == _G", {true}, "chunk environment is _G")
  S.run("local t = {} setfenv(1, t) x = 5 return t.x", {5}, "global assignment goes to the environment")
end)

S.group("local variable", function()
  S.run("local x = 1 return x", {1}, "local")
  S.run("local x return x", {nil, n = 1}, "uninitialised local is nil")
  S.run("x = 'g' local x = 'l' local r = x x = nil return r", {"l"}, "local shadows global")
  S.run("local x = 1 do local x = 2 end return x", {1}, "inner local does not leak")
  S.run("local x = 1 do x = 2 end return x", {2}, "assignment to outer local in block")
  S.run("local x = 1 local x = x + 1 return x", {2}, "redeclaration sees previous")
  S.run("local a, b, c = 1, 2 return a, b, c", {1, 2, nil, n = 3}, "missing values are nil")
  S.run("local a, b = 1, 2, 3 return a, b", {1, 2}, "extra values are dropped")
  S.run("local a = 1 local function f() return a end a = 2 return f()", {2}, "closure sees updated local")
  S.run("local t = {} for i = 1, 3 do local x = i t[i] = function() return x end end return t[1](), t[3]()", {1, 3},
    "fresh local per iteration")
  local code = {}
  for i = 1, 199 do code[#code + 1] = "local v" .. i .. " = " .. i end
  code[#code + 1] = "return v1 + v199"
  S.run(table.concat(code, "\n"), {200}, "199 locals in a function")
  code[200] = "local v200 = 1 local v201 = 2"
  S.syntax(table.concat(code, "\n"), "t:200: main function has more than 200 local variables",
    "201 locals is too many")
end)

S.group("table field", function()
  S.run("local t = {x = 1} return t.x, t['x']", {1, 1}, "t.x is t['x']")
  S.run("local t = {} t.y = 2 return t['y']", {2}, "assignment with dot")
  S.run("local t = {} t[1] = 'a' t[1.0] = 'b' return t[1]", {"b"}, "1 and 1.0 same key")
  S.run("local t = {} t['1'] = 'a' t[1] = 'b' return t['1'], t[1]", {"a", "b"}, "'1' and 1 differ")
  S.run("local t = {} t[true] = 1 t[false] = 2 return t[true], t[false]", {1, 2}, "boolean keys")
  S.run("local t, k = {}, {} t[k] = 'v' return t[k], t[{}]", {"v", nil, n = 2}, "table keys by identity")
  S.run("local t = {} t[print] = 1 return t[print]", {1}, "function keys")
  S.run("local t = {} t[2^53] = 1 return t[2^53]", {1}, "large number key")
  S.run("local t = {} t[0.5] = 1 return t[0.5], t[1]", {1, nil, n = 2}, "float key")
  S.run("local t = {} t[-0] = 'z' return t[0]", {"z"}, "-0 and 0 are the same key")
  S.run("local t = {a = {b = {c = 3}}} return t.a.b.c", {3}, "nested fields")
  S.run("local t = {} t.a = {} t.a.b = 5 return t.a.b", {5}, "nested assignment")
  S.run("return ('abc').len", {string.len}, "string values index the string table")
  S.run("local s = 'x' return s.upper == string.upper", {true}, "string method lookup")
  S.run("local t = {} t.x = nil return next(t)", {nil, n = 1}, "assigning nil to absent key adds nothing")
end)
S.done()

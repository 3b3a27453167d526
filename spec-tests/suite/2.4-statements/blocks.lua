-- §2.4 blocks, assignment and local declarations in more detail; deep recursion limits
local S = require "spec"

S.group("do block", function()
  S.run("local a = 1 do local a = 2 do local a = 3 end end return a", {1}, "nested shadowing")
  S.run("local r = {} do local x = 1 r[1] = function() return x end end return r[1]()", {1}, "closure over a block local")
  S.run("do end return 'empty block'", {"empty block"}, "empty do block")
  S.run("local x = 0 do x = x + 1 do x = x + 1 end end return x", {2}, "assignments inside blocks reach outer locals")
  S.run("local function f() do return 1 end end return f()", {1}, "return from a do block ends the function")
  S.run("for i = 1, 3 do do if i == 2 then break end end end return 'ok'", {"ok"}, "break inside do inside a loop")
end)

S.group("assignment", function()
  S.run("local t = {} t.a = 1 t['b'] = 2 t[3] = 3 return t.a + t.b + t[3]", {6}, "three forms of field assignment")
  S.run("x_asg = 1 x_asg = x_asg + 1 local r = x_asg x_asg = nil return r", {2}, "global read-modify-write")
  S.run("local a, b = 1, 2 a, b = b, a + b return a, b", {2, 3}, "right side evaluated before assigning")
  S.run("local t = {1, 2} local i = 1 i, t[i] = 2, 'x' return t[1], t[2], i", {"x", 2, 2}, "table and key evaluated first")
  S.run("local a, b, c = 1, 2, 3 a, b, c = c, a, b return a, b, c", {3, 1, 2}, "rotate three")
  S.run("local t = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v + 100) end}) t[1], t[2] = 1, 2 return t[1], t[2]",
    {101, 102}, "each target may trigger __newindex")
  S.run("local a = {} a.x, a.y = (function() return 1, 2 end)() return a.x, a.y", {1, 2}, "multiple results fill several targets")
end)

S.group("local declaration", function()
  S.run("local a, b, c return a, b, c", {nil, nil, nil, n = 3}, "no values")
  S.run("local a = 1, 2 return a", {1}, "extra values dropped")
  S.run("local a, b = (function() return 1 end)() return b", {nil, n = 1}, "call with fewer results")
  S.run("local x = 1 local function g() return x end local x = 2 return g(), x", {1, 2}, "two locals with one name")
  S.run("local t = {} for i = 1, 3 do local v = i * 2 t[i] = v end return t[3]", {6}, "local inside a loop body")
  S.syntax("local a <const> = 1", "t:1: unexpected symbol near '<'", "no attributes in 5.1")
end)

S.group("stack overflow", function()
  S.run("local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end return f(10000)", {10000},
    "10000 nested Lua calls are fine")
  local ok, e = pcall(loadstring("local function f() return 1 + f() end return f()", "=t"))
  S.eq(ok, false, "unbounded recursion fails")
  S.eq(e, "t:1: stack overflow", "with 'stack overflow' at the recursive call")
  local ok2, e2 = pcall(loadstring("local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x", "=t"))
  S.eq(e2, "t:1: C stack overflow", "recursion through metamethods: C stack overflow")
  local co = coroutine.create(function() local function f() return 1 + f() end return f() end)
  local ok3, e3 = coroutine.resume(co)
  S.rets({false, "stack overflow"}, "inside a coroutine", ok3, e3 and e3:match("stack overflow$"))
  local ok4 = pcall(string.rep, "x", 100)
  S.eq(ok4, true, "the state is usable after a stack overflow")
end)

S.group("elseif", function()
  for x = 1, 4 do
    S.run("local x = " .. x .. " if x == 1 then return 'a' elseif x == 2 then return 'b' elseif x == 3 then return 'c' else return 'd' end",
      {("abcd"):sub(x, x)}, "branch " .. x .. " of if/elseif/elseif/else")
  end
end)
S.group("else", function()
  S.run("local r = {} for i = 1, 2 do if i == 1 then r[i] = 'then' else r[i] = 'else' end end return r[1], r[2]", {"then", "else"},
    "then and else on successive iterations")
  S.run("if nil then elseif false then else return 'last' end", {"last"}, "empty branches")
end)
S.done()

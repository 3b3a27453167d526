-- §2.6 visibility rules: lexical scoping, upvalues, closures
local S = require "spec"

S.group("visibility", function()
  S.run([==[
x = 10                -- global variable
local r = {}
do                    -- new block
  local x = x         -- new 'x', with value 10
  r[1] = x            --> 10
  x = x + 1
  do                  -- another block
    local x = x + 1   -- another 'x'
    r[2] = x          --> 12
  end
  r[3] = x            --> 11
end
r[4] = x              --> 10  (the global one)
x = nil
return r[1], r[2], r[3], r[4]]==], {10, 12, 11, 10}, "manual example")
  S.run("local x = x return x", {nil, n = 1}, "local x = x refers to the outer x")
  S.run("local a = {} local x = 20 for i = 1, 10 do local y = 0 a[i] = function() y = y + 1 return x + y end end return a[1](), a[1](), a[2]()",
    {21, 22, 21}, "manual example: each closure has its own y")
  S.run("local function counter() local n = 0 return function() n = n + 1 return n end end local c1, c2 = counter(), counter() c1() c1() return c1(), c2()",
    {3, 1}, "independent counters")
  S.run("local get, set do local v = 1 get = function() return v end set = function(x) v = x end end set(5) return get()", {5},
    "closures share an upvalue")
  S.run("local fs = {} local i = 1 while i <= 3 do local j = i fs[i] = function() return j end i = i + 1 end return fs[1](), fs[3]()",
    {1, 3}, "while body locals are fresh per iteration")
  S.run("local x = 1 local function f() local function g() return x end return g end x = 2 return f()()", {2}, "nested upvalue")
  S.run("local function mk() local a = 0 local function inc() a = a + 1 end local function get() return a end return inc, get end local i, g = mk() i() i() return g()",
    {2}, "sibling closures share variables")
  S.run("local x = 'local' local function f() return x end local x = 'shadow' return f()", {"local"},
    "closure refers to the variable in scope at its definition")
  S.run("local t = {} for i = 1, 3 do t[i] = function() i = i + 10 return i end end return t[1](), t[1](), t[2]()",
    {11, 21, 12}, "loop variable captured per iteration and mutable")
  S.run("local a local function f() a = 'set' end f() return a", {"set"}, "upvalue assignment is visible outside")
  S.run("local function outer() local v = 'o' return function() return function() return v end end end return outer()()()",
    {"o"}, "two levels of nesting")
  S.run("do local secret = 42 function gs_get() return secret end end local r = gs_get() gs_get = nil return r", {42},
    "global function closes over a block local")
  S.run("local up = 1 local f = function() local up = up + 1 return up end return f(), up", {2, 1}, "local shadowing an upvalue")
  local n = 60
  local parts = {}
  for i = 1, n do parts[#parts + 1] = "local u" .. i .. " = " .. i end
  local sum = {}
  for i = 1, n do sum[#sum + 1] = "u" .. i end
  S.run(table.concat(parts, " ") .. " return (function() return " .. table.concat(sum, "+") .. " end)()", {n * (n + 1) / 2},
    "60 upvalues in one function")
  parts[#parts + 1] = "local u61 = 61"
  sum[#sum + 1] = "u61"
  S.syntax(table.concat(parts, " ") .. " return function() return " .. table.concat(sum, "+") .. " end",
    "t:1: function at line 1 has more than 60 upvalues", "61 upvalues is too many")
end)
S.done()

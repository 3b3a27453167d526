--## Valid chunks: each section (starting at a "--## name" line) is a chunk that lua5.1 loads.
--## empty

--## only comments
-- a comment
--[[ a long
comment ]] --[==[ another ]] ]=] ]==]
--[=x short comment after a bad long bracket
--## semicolons after statements
local a = 1; a = 2; f(); do end; return;
--## names and keywords as parts of names
local goto, continue, _ENV, self, _, _1, andor, ending, iffy = 1
local nil_ = nil
--## assignment forms (§2.4.3)
a = 1
a, b = 1
a, b, c = 1, 2, 3, 4
t.x = 1
t["x"], t[1], t.y.z = 1, 2, 3
t[i][j] = t[j][i]
f().x = 1
f()[1] = 2
f"s".x = 1
(a).b = 1
(f()).b = 1
a.b.c.d.e = nil
t:m().x = 1
--## local declarations (§2.4.7)
local a
local a, b, c
local a, b = 1
local a = 1, 2, 3
local a = a
local function f() end
local function f(a, b) return f(a) end
--## function calls (§2.5.8)
f()
f(1)
f(1, 2, 3)
f "string"
f 'string'
f [[long string]]
f [==[long ]] string]==]
f {1, 2, 3}
f {}
t.f(1)
t:m(1)
t:m "s"
t:m {}
t.a.b.c:m()
f()()
f(1)(2)(3)
f{}{}""[[]];
("x"):rep(3);
(f)()
f
"on the next line"
f
{ "also fine" }
print(
  1,
  2
)
f(...)
f(..., 1)
--## function definitions (§2.5.9)
function f() end
function f(a) end
function f(a, b, c) end
function f(...) return ... end
function f(a, ...) local t = {...} return select("#", ...) end
function t.a.b.c.f() end
function t.a.b:m() return self end
function t:m(a, ...) return self, a, ... end
local x = function() end
local x = function(...) return function() end end
local x = function(a, b) return a + b end
function f() return end
function f() return; end
function f() return 1, 2, 3 end
function f() do return end end
function f() if x then return 1 elseif y then return 2 else return 3 end end
--## control structures (§2.4.4)
do end
do local x = 1 end
do do do end end end
while x do end
while x do x = x - 1 end
while true do break end
while true do do break end end
while true do if x then break end end
while true do local function f() end break end
repeat until x
repeat local y = 1 until y
repeat x = x + 1; break until false
if x then end
if x then else end
if x then elseif y then end
if x then elseif y then elseif z then else end
if x then a() elseif y then b() else c() end
--## for loops (§2.4.5)
for i = 1, 10 do end
for i = 1, 10, 2 do end
for i = 10, 1, -1 do break end
for i = f(), g() do end
for k, v in pairs(t) do end
for k in next, t do end
for a, b, c, d in f() do end
for k, v in pairs(t) do for i = 1, 2 do if i then break end end end
for i = 1, 2 do local i = i; break end
--## expressions: literals (§2.1, §2.5)
local x = nil
local x = true
local x = false
local x = 1, 1.5, .5, 5., 1e10, 1E10, 1e+10, 1e-10, 1.5e3, .5E-3, 0x10, 0XfF, 0x1p4, 00012
local x = 3.14159265358979323846264338327950288
local x = 1e308, 1e309, 4.9e-324
local x = "double", 'single', "it's", 'say "hi"', ""
local x = "\a\b\f\n\r\t\v\\\"\'\
next line", "\0\00\000\1\12\123\255\2555"
local x = "\x41 \z \q \% \u{41} \ "
local x = [[]], [[
first newline dropped]], [==[ ]] ]=] ]==], [=[
]=]
local x = [=[ [[ nested allowed at level 1 ]] ]=]
--## expressions: vararg in main chunk
local a, b = ...
local t = {...}
print(...)
--## expressions: operators and precedence (§2.5.6)
x = 1 + 2 - 3 * 4 / 5 % 6 ^ 7
x = -1 ^ 2
x = 2 ^ -3
x = 2 ^ - - 3
x = - - - 1
x = not not true
x = not - # t
x = #t + # "abc"
x = a .. b .. c .. 1 .. 2
x = 1 .. 2
x = a < b, a > b, a <= b, a >= b, a == b, a ~= b
x = a and b or c
x = a or b and c
x = not a == b
x = (a + b) * c
x = ((((1))))
x = a + b < c .. d and e or f
x = -x ^ -y ^ z
x = #t.x[1]:m()
x = f{...}
x = {f()} == nil
--## table constructors (§2.5.7)
t = {}
t = {1}
t = {1,}
t = {1;}
t = {1, 2; 3}
t = {x = 1, ["y"] = 2, [1 + 1] = 3, 4}
t = {[f()] = g(), h(), ...}
t = {{}, {{}}, {x = {y = {}}}}
t = {a = 1; b = 2,}
t = {f
(x)}
t = {"a" .. "b", -1, not x, function() end, nil, true, ...}
t = {x, y = 1, 2}
--## visibility and upvalues (§2.6)
local x = 1
local function f()
  local function g() return x end
  return g
end
do local x = x end
--## line breaks: CR, CRLF, LF CR
local a = 1local b = 2
local c = "x\
y"
local d = [[

]]--## a long chunk of typical code
local M = {}
M.__index = M

function M.new(name, ...)
  local self = setmetatable({name = name, args = {...}}, M)
  return self
end

function M:greet(greeting)
  greeting = greeting or "hello"
  return ("%s, %s!"):format(greeting, self.name)
end

local function sum(t)
  local s = 0
  for _, v in ipairs(t) do s = s + v end
  return s
end

M.sum = sum
return M

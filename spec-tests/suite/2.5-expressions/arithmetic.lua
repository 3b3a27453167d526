-- §2.5.1 arithmetic operators
local S = require "spec"

S.group("op +", function()
  S.expr("1 + 2", 3) S.expr("-1 + 1", 0) S.expr("0.1 + 0.2", 0.1 + 0.2) S.expr("1e308 + 1e308", math.huge)
  S.expr("'1' + '2'", 3) S.expr("' 0x10 ' + 1", 17) S.expr("1 + -1", 0) S.expr("2^53 + 1", 2^53)
  S.expr("math.huge + -math.huge", 0/0) S.expr("1.5 + 1.5", 3)
end)
S.group("op -", function()
  S.expr("5 - 3", 2) S.expr("3 - 5", -2) S.expr("'10' - 4", 6) S.expr("0 - 0", 0) S.expr("1 - 1", 0)
  S.expr("math.huge - math.huge", 0/0) S.expr("1 - -1", 2) S.expr("1--1", 1, "1--1 is 1 followed by a comment")
  S.expr("0.3 - 0.1", 0.3 - 0.1)
end)
S.group("op *", function()
  S.expr("6 * 7", 42) S.expr("-2 * 3", -6) S.expr("'2' * '3'", 6) S.expr("0.5 * 4", 2) S.expr("1e200 * 1e200", math.huge)
  S.expr("0 * math.huge", 0/0) S.expr("-1 * 0", S.negzero, "constant folding keeps the sign: -0") S.expr("2 * -0.5", -1)
end)
S.group("op /", function()
  S.expr("7 / 2", 3.5) S.expr("1 / 0", math.huge) S.expr("-1 / 0", -math.huge) S.expr("0 / 0", 0/0)
  S.expr("1 / 3", 1/3) S.expr("'9' / '3'", 3) S.expr("-6 / 3", -2) S.expr("1 / -0", -math.huge, "-0 folded constant, no earlier 0 constant")
  S.expr("1 / (-1 * 0)", -math.huge)
end)
S.group("op %", function()
  S.expr("5 % 3", 2) S.expr("-5 % 3", 1) S.expr("5 % -3", -1) S.expr("-5 % -3", -2) S.expr("5.5 % 2", 1.5)
  S.expr("-5.5 % 2", 0.5) S.expr("6 % 3", 0) S.expr("-6 % 3", 0) S.expr("6 % -3", 0) S.expr("0 % 5", 0)
  S.expr("5 % 0", 0/0) S.expr("5 % math.huge", 0/0, "a - floor(a/b)*b with b = inf gives nan in 5.1")
  S.expr("-5 % math.huge", 0/0) S.expr("3.25 % 1", 0.25) S.expr("'7' % '4'", 3) S.expr("2^53 % 2", 0)
  S.expr("1e308 % 3", 1e308 - math.floor(1e308 / 3) * 3) S.expr("-1 % 1", 0) S.expr("0.1 % 0.1", 0)
end)
S.group("op ^", function()
  S.expr("2 ^ 10", 1024) S.expr("2 ^ 0.5", math.sqrt(2)) S.expr("2 ^ -1", 0.5) S.expr("(-8) ^ (1/3)", 0/0)
  S.expr("-2 ^ 2", -4, "unary minus binds looser than ^") S.expr("2 ^ 3 ^ 2", 512, "^ is right associative")
  S.expr("0 ^ 0", 1) S.expr("'2' ^ '3'", 8) S.expr("10 ^ 309", math.huge) S.expr("(-2) ^ 2", 4) S.expr("1 ^ math.huge", 1)
  S.expr("0 ^ -1", math.huge) S.expr("(-2) ^ 3", -8) S.expr("4 ^ 0.5", 2)
end)
S.group("op unary -", function()
  S.expr("-3", -3) S.expr("- -3", 3) S.expr("-'2'", -2) S.expr("-(1)", -1) S.expr("-(-(1))", 1) S.expr("-math.huge", -1/0)
  S.expr("- - - 1", -1) S.expr("-'-2'", 2) S.expr("-' 0x10'", -16)
end)
S.group("op +", function()
  -- arithmetic on values from variables (not constant folded)
  local vals = { 3, -2, 0.5, 7 }
  for i = 1, #vals do
    for j = 1, #vals do
      local a, b = vals[i], vals[j]
      local f = loadstring("local a, b = ... return a + b, a - b, a * b, a / b")
      S.rets({a + b, a - b, a * b, a / b}, "runtime arithmetic " .. a .. " " .. b, f(a, b))
    end
  end
end)
S.group("op %", function()
  local vals = { 7, -7, 2.5, -2.5 }
  for i = 1, #vals do
    for j = 1, #vals do
      local a, b = vals[i], vals[j]
      local f = loadstring("local a, b = ... return a % b, a ^ 2")
      S.rets({a - math.floor(a / b) * b, a * a}, "runtime % and ^ " .. a .. " " .. b, f(a, b))
    end
  end
end)
S.done()

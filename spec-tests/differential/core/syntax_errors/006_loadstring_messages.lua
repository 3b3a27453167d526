-- Syntax errors through loadstring return nil plus a message.
local cases = {
  "x = ", "x = 1 +", "local 1 = 2", "if x then", "for i = 1 do end", "for i in do end",
  "function f( return end", "x = {1, 2", "return return", "f(", "local function() end",
  "a.b:c = 1", "x = 1 2", "while true do", "repeat until", "elseif", "x = }",
}
for _, src in ipairs(cases) do print(select(2, loadstring(src))) end

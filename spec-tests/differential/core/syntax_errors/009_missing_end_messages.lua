-- 'end' expected messages mention the line of the opening keyword when it differs.
print(select(2, loadstring("do\n\nx = 1")))
print(select(2, loadstring("function f()\nreturn 1")))
print(select(2, loadstring("while true do x = 1")))
print(select(2, loadstring("repeat\nx = 1")))

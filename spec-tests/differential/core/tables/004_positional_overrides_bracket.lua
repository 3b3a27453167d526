-- A positional field and an explicit [1] key: positional items are stored last in 5.1.
local t = {[1] = "explicit", "positional"}
print(t[1])
local u = {"positional", [1] = "explicit"}
print(u[1])

-- ... expands as the last argument of a call and the last item of a constructor.
local function f(...) return print(...) end
f("x", "y")
local function g(...) return #{...}, #{..., 1} end
print(g(1, 2, 3))

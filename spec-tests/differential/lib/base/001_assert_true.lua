-- assert: returns all its arguments when the first is truthy
print(assert(1))
print(assert(true, "msg", 3, nil, 5))
print(select('#', assert(0, nil, nil)))
print(assert("", "unused"))
local t = {}
print(assert(t) == t)

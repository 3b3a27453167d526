-- ipairs: stops at first nil, ignores hash part, returns triple
local t = {10, 20, nil, 40, x = 1}
for i, v in ipairs(t) do print(i, v) end
local f, s, c = ipairs(t)
print(type(f), s == t, c)
print(f(t, 0))
print(f(t, 1))
print(f(t, 2))
print(f({}, 0))
for i, v in ipairs({}) do print("never") end
t = {[1] = "a", [2] = "b", [4] = "d"}
local n = 0
for i in ipairs(t) do n = n + 1 end
print(n)
print(pcall(ipairs))
print(pcall(ipairs, nil))
print(pcall(ipairs, "str"))

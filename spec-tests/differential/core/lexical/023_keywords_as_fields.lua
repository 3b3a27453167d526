-- Keywords cannot be used with dot syntax but work as string keys.
print(loadstring("t.and = 1"))
print(loadstring("t = {function = 1}"))
local t = {["and"] = 1, ["or"] = 2}
print(t["and"], t["or"])

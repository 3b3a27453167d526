-- gsub with a table: captures are strings, so numeric-looking keys need string keys
local t = {["1"] = "one", [2] = "two"}
print(("1 2 3"):gsub("%d", t))
local pos = {}
print(("abc"):gsub("()%a", {[1] = "first", [2] = "second"}))

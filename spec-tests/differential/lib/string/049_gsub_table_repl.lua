-- string.gsub with a table: first capture is the key; false/nil keep the original
local t = {name = "Lua", version = 5.1, flag = false}
print(("$name $version $flag $missing"):gsub("%$(%w+)", t))
print(("a b c"):gsub("%w", {a = 1, b = true == false}))
print(("abc"):gsub("%w", {}))
print(("k1 k2"):gsub("(k)(%d)", {k = "K"}))
local mt = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(("abc def"):gsub("%w+", mt))

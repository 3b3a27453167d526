-- An error inside a gsub callback.
print(("x"):rep(3))
print((("abc"):gsub("%w", function(c) return c:upper() end)))
print((("123"):gsub("%d", function(c) return c + 1 end)))
local s = ("abc"):gsub("%w", function(c) return c + 1 end)

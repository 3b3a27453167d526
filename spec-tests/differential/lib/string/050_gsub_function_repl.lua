-- string.gsub with a function: receives captures, nil/false keep the original
print(("hello world"):gsub("%w+", function(w) return w:upper() end))
print(("a1b2"):gsub("(%a)(%d)", function(a, d) return d .. a end))
print(("abc"):gsub("%w", function(c) if c == "b" then return nil end return "." end))
print(("abc"):gsub("%w", function(c) return false end))
print(("x"):gsub("x", function() return 42 end))
print(("abc"):gsub("()", function(p) return p end))
local calls = 0
print(("aaa"):gsub("a", function() calls = calls + 1 end), calls)

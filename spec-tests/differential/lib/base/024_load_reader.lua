-- load: reader function returning pieces, empty string/nil ends the chunk
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f())
i = 0
parts = {"return 'a'", "", "..'never'"}
f = load(function() i = i + 1; return parts[i] end)
print(f())
f = load(function() return nil end)
print(type(f), f and f())
local n = 0
f = load(function() n = n + 1; if n == 1 then return "return ... " end end, "=named")
print(f(7, 8))

-- A function defined in a syntactically broken chunk never exists; a valid one loads.
local ok = loadstring("local function f() return 1 end return f()")
print(ok())
print(loadstring("local function f() return 1 end return f(") == nil)
print(loadstring("defined_here = 1 x = = 2"), rawget(_G, "defined_here"))

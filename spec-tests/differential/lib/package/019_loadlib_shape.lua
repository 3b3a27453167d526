-- package.loadlib on a nonexistent file: nil, a message, "open"
local a, b, c = package.loadlib("/nonexistent/dir/libnothing.so", "luaopen_nothing")
print(a, type(b), c)
a, b, c = package.loadlib("/nonexistent/dir/libnothing.so", "*")
print(a, type(b), c)
print(pcall(function() return package.loadlib() end))

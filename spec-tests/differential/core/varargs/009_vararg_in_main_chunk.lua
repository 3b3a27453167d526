-- The main chunk is a vararg function: ... holds the script arguments (none here).
print(select("#", ...))
local a = ...
print(a)
print(... == nil, arg.n)

-- arg is an ordinary global table that the script may modify.
arg[1] = "added"
print(#arg, arg[1], _G.arg == arg)
local n = 0
for i, v in ipairs(arg) do n = n + 1 end
print(n)

-- Stack overflow caught with pcall reports the position and message.
local function recurse(n) return 1 + recurse(n + 1) end
local ok, e = pcall(recurse, 1)
print(ok, e)
print("the program continues after the caught overflow")

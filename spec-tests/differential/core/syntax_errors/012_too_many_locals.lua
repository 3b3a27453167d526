-- More than 200 local variables in one function is an error.
local src = {}
for i = 1, 201 do src[#src + 1] = "local v" .. i .. " = " .. i end
print(select(2, loadstring(table.concat(src, "\n"))))
local ok = loadstring(table.concat(src, "\n", 1, 199))
print(ok ~= nil)

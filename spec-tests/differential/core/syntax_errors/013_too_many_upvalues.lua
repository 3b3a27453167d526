-- More than 60 upvalues in one function is an error in 5.1.
local decl, uses = {}, {}
for i = 1, 61 do decl[#decl + 1] = "local u" .. i .. " = " .. i; uses[#uses + 1] = "u" .. i end
local src = table.concat(decl, "\n") .. "\nreturn function() return " .. table.concat(uses, " + ") .. " end"
print(select(2, loadstring(src)))

-- A call expands to all results only as the last positional field.
local function three() return 1, 2, 3 end
local a = {three(), three()}
print(#a, a[1], a[2], a[3], a[4])
local b = {three(), x = 1}
print(#b)
local c = {(three())}
print(#c)
local d = {three(), nil}
print(d[1], d[2])

-- return f() passes all results; return (f()) only one.
local function three() return 1, 2, 3 end
local function all() return three() end
local function one() return (three()) end
local function mixed() return three(), three() end
print(all())
print(one())
print(mixed())

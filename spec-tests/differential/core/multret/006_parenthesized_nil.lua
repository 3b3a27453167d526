-- (f()) of a function returning nothing is nil.
local function none() end
print(select("#", (none())), (none()))
local function two() return 1, 2 end
print(select("#", (two())), (two()))
print(select("#", two()))

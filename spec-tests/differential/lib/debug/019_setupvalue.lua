-- debug.setupvalue changes a closed-over variable for every closure sharing it
local counter = 0
local function inc() counter = counter + 1 return counter end
local function get() return counter end
print(inc(), get())
print(debug.setupvalue(inc, 1, 100))
print(inc(), get(), counter)
print(debug.setupvalue(inc, 2, "x"))
print(pcall(debug.setupvalue, inc, 1))
print(pcall(debug.setupvalue, print, 1, 1))

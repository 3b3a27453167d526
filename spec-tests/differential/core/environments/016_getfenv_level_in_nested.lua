-- getfenv with levels inside nested calls.
local A = {name = "A"}
local B = {name = "B"}
local function probe(level) return getfenv(level).name end
local fB = setfenv(function() return probe(2), probe(1) end, B)
local fA = setfenv(function() return fB() end, A)
setfenv(probe, {getfenv = getfenv})
print(fA())

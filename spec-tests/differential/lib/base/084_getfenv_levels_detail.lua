-- getfenv(level) for nested calls with different environments
local getfenv, setfenv, print = getfenv, setfenv, print
local envA, envB = {name = "A"}, {name = "B"}
local function inner(level) return getfenv(level).name end
local function a() local r = inner(2); return r end
local function b() local r = a(); return r end
setfenv(a, envA)
setfenv(b, envB)
print(b())
local function probe(l) local r = inner(l); return r end
setfenv(probe, envA)
print(probe(1), probe(2), probe(3))

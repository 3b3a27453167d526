-- Tail-calling a non-function value reports the error.
local function f() local v = 5 return v() end
print(pcall(f))
local function g() return undefined_function() end
print(pcall(g))

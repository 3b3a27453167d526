-- 'local function f' sees itself; 'local f = function' does not.
local function a(n) if n == 0 then return "a done" end return a(n - 1) end
print(a(3))
local b = function(n) if n == 0 then return "b done" end return b(n - 1) end
print(pcall(b, 3))

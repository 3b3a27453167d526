-- 'function name()' assigns a global; 'local function' a local.
function globalf() return "global" end
local function localf() return "local" end
print(globalf(), localf(), type(_G.globalf), _G.localf)
local t = {}
function t.field() return "field" end
print(t.field())

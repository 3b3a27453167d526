-- traceback names for methods, fields and upvalues
local obj = {}
function obj:method() return debug.traceback("m") end
local mod = {sub = {}}
function mod.sub.fn() local r = obj:method() return r end
local up = mod.sub.fn
local function caller() local r = up() return r end
print(caller())

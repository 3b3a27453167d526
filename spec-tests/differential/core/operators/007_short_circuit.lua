-- and/or do not evaluate the right operand when not needed.
local calls = 0
local function f(v) calls = calls + 1 return v end
local _ = f(false) and f(1)
local _ = f(true) or f(2)
local _ = f(nil) or f(3)
local _ = f(1) and f(4)
print(calls)
local t = nil
print(t and t.x, t ~= nil and t.x or "default")

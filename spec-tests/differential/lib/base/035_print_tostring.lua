-- print: calls the global tostring; overriding it changes print's output
print(1, "two", nil, true, 3.5)
print()
print(nil)
local orig = tostring
tostring = function(v) return "<" .. orig(v) .. ">" end
print(1, "a", nil)
tostring = function(v) return 42 end
print(pcall(print, "x"))
tostring = orig
print("restored", 1e100, -0.0 == 0)
local t = setmetatable({}, {__tostring = function() return "custom obj" end})
print(t)

-- ipairs in 5.1 uses raw access: __index is not consulted
local proxy = setmetatable({}, {__index = function(t, i) if i <= 3 then return i * 2 end end})
local n = 0
for i, v in ipairs(proxy) do n = n + 1 end
print("iterations", n)
local t = setmetatable({1, 2}, {__index = {[3] = 3}})
for i, v in ipairs(t) do print(i, v) end

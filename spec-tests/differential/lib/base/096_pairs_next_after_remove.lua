-- next continues correctly after the current key is set to nil
local t = {a = 1, b = 2, c = 3, d = 4, e = 5}
local count = 0
for k in pairs(t) do
  t[k] = nil
  count = count + 1
end
print(count, next(t))

-- Division by zero constants is not folded and yields inf/nan at runtime.
print(1/0, -1/0)
print(2^1023 * 2, -2^1023 * 2)
local t = {[1/0] = "inf key"}
print(t[math.huge])

-- A call expanding into string.format's arguments.
local function parts() return "x", 1, 2.5 end
print(string.format("%s %d %.1f", parts()))
local function nums() return 1, 2, 3 end
print(string.format("%d-%d-%d", nums()))
print(pcall(string.format, "%d %d", (nums())))

-- os.exit(42) from inside nested functions.
local function deep() os.exit(42) end
local function mid() deep() end
mid()
print("unreachable")

-- Changing _G fields affects functions whose environment is _G.
local function readg() return dynamic end
dynamic = 1
print(readg())
_G.dynamic = 2
print(readg())
_G = {dynamic = 3}     -- rebinding the name _G does not change any environment
print(readg(), dynamic)

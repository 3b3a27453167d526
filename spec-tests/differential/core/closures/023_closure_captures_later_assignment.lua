-- A closure sees assignments made to the captured variable after its creation.
local x = 1
local function show() return x end
x = 2
print(show())
local function setx() x = 3 end
setx()
print(x, show())

-- An uncaught error with level 0 has no position but still a traceback.
print(pcall(error, "caught, no position", 0))
print("now uncaught")
local function f() error("no position", 0) end
f()

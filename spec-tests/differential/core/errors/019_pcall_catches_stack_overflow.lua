-- Stack overflow is a catchable error; the program continues afterwards.
local function runaway() return 1 + runaway() end
local ok, e = pcall(runaway)
print(ok, e)
print("still running", pcall(function() return "ok" end))

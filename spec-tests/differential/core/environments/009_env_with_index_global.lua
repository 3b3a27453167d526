-- A sandbox environment that falls back to _G through __index.
local sandbox = setmetatable({}, {__index = _G})
local f = setfenv(function() local s = string.upper("ok") created = s return created end, sandbox)
print(f(), sandbox.created, rawget(_G, "created"))
print(sandbox.string == string, rawget(sandbox, "string"))

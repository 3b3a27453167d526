-- getfenv(2) is the environment of the caller; through a tail call 5.1 has no frame to ask.
local env = {tag = "caller env"}
local function callee() return getfenv(2) end
local caller = setfenv(function() local r = callee() return r end, env)
print(caller() == env)
local tailcaller = setfenv(function() return callee() end, env)
print(pcall(tailcaller))

-- debug.getfenv/setfenv: functions, userdata, threads; errors for other types
local function f() return marker end
local env = {marker = "in env"}
print(debug.setfenv(f, env) == f, f(), debug.getfenv(f) == env)
print(debug.getfenv(print) == _G)
print(type(debug.getfenv(io.stdout)))
local co = coroutine.create(function() end)
print(debug.getfenv(co) == _G)
print(debug.getfenv(1), debug.getfenv("s"), debug.getfenv({}))
print(pcall(debug.setfenv, 1, {}))
print(pcall(debug.setfenv, f, 1))
local u = newproxy()
print(select(2, pcall(debug.setfenv, u, env)) == u)
print(debug.getfenv(u) == env)

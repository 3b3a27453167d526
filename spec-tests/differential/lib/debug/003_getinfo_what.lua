-- debug.getinfo what: Lua, C, main, tail
print(debug.getinfo(1, "S").what)
local function lua_fn() return debug.getinfo(1, "S").what end
print(lua_fn())
print(debug.getinfo(print, "S").what)
local function level2() return debug.getinfo(2, "S").what end
local function tailcaller() return level2() end
print(tailcaller())
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.getinfo(co, 0, "S").what, debug.getinfo(co, 1, "S").what)

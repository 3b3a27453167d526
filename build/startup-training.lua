-- A representative run for the start-up archive: parse and run code that touches the common paths.
local t = {}
for i = 1, 200 do t[#t + 1] = ("item %d"):format(i) end
local s = table.concat(t, ",")
local count = 0
for word in s:gmatch("[^,]+") do count = count + 1 end
local ok, err = pcall(function() local x = nil; return x.y end)
local f = loadstring("return function(a, b) return a .. b, #a end")()
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
co(1) co(2)
local m = setmetatable({}, {__index = function(_, k) return k end, __tostring = function() return "m" end})
local _ = tostring(m), m.x, string.rep("ab", 3), s:sub(1, 5):upper(), s:find("item 5", 1, true)
local _ = math.floor(3.7), math.max(1, 2), os.time(), os.date("%Y"), tonumber("0x10"), select("#", 1, 2)
io.write(count, " ", #s, " ", tostring(ok), " ", type(err), " ", f("a", "b"), "\n")

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
-- a function called often enough for the second tier (jlua.jit.threshold, 2,000 calls) to compile it,
-- so that the compiler's classes start from the archive too
local function step(a, b) if a > b then return a - b end return a + b end
local sum = 0
for i = 1, 2500 do sum = step(sum, i) end
io.write(count, " ", #s, " ", tostring(ok), " ", type(err), " ", f("a", "b"), " ", sum, "\n")

-- A chunk that no earlier run compiled (the chunk cache answers for all the rest), written in every
-- form the grammar has: a script's first run, -e code and loadstring of new text then find the parser,
-- the compiler and the cache's writing in the archive too (a first run took ~100 ms longer than a
-- cached one).
local fresh = "-- " .. os.time() .. " " .. os.clock() .. "\n" .. [==[
local a, b, c = 1, 0x1F, 2.5e-3
local function f(...) local n = select("#", ...) return n, ... end
local o = {1, 2; x = 1, ["y"] = 2, [3] = f, n = nil, t = true, u = false}
function o.m(self, ...) return self end
function o:n(...) return self.x end
local s = [[long]] .. "str\n" .. 'q' .. #o .. (-a) .. tostring(not a)
if a < b and b <= c or not (a > c) then a = -a elseif a >= b then a = a % 2 else a = a ^ 2 end
while a ~= a do break end
repeat a = a + 1 until a == a
for i = 1, 2, 1 do a = a * i / 1 - 0 end
for k, v in pairs(o) do b = k end
do local z = o:n() end
local r = o.m(o, f"x", f{1}, function(...) return ... end)
return f(a, b, c, s, r)
]==]
assert(loadstring(fresh, "=fresh"))()

-- The shell-utility library as init and maintenance scripts use it (in a scratch directory given as
-- arg[1]): its classes, and the JDK's file-system classes behind them, then start from the archive too.
local scratch = arg[1]
if not scratch then return end
local fs, proc, sys = require "fs", require "proc", require "sys"
local base = scratch .. "/training"
assert(fs.mkdir(base .. "/a/b", {parents = true}))
assert(fs.write(base .. "/a/x", "hello\n"))
assert(fs.write(base .. "/a/x", "more\n", {append = true}))
assert(fs.cp(base .. "/a/x", base .. "/a/b/y"))
assert(fs.cp(base .. "/a", base .. "/c", {recursive = true, preserve = true}))
assert(fs.chmod(base .. "/a/b/y", "0600"))
assert(fs.chown(base .. "/a/b/y", fs.stat(base).uid))
assert(fs.mv(base .. "/a/b/y", base .. "/a/z"))
assert(fs.ln("z", base .. "/a/l", {symbolic = true}))
local _ = fs.stat(base .. "/a/z").size, fs.lstat(base .. "/a/l").target, fs.read(base .. "/a/z"), fs.ls(base .. "/a")
local _ = fs.exists(base), fs.isdir(base), fs.isfile(base), fs.islink(base), fs.rm(base .. "/missing")
local _ = fs.glob(base .. "/a/*"), fs.basename(base), fs.dirname(base)
for _ in fs.find(base, {type = "file"}) do end
assert(fs.rm(base, {recursive = true}))
for _, p in ipairs(proc.ps()) do local _ = p.pid, p.rss end
local _ = sys.uptime(), sys.hostname()

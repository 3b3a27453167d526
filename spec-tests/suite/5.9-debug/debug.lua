-- §5.9 the debug library. Chunks are loaded with known names ("=t", "=m", "@file.lua") so results do not
-- depend on where the suite lives.
local S = require "spec"

local function load(code, name) return assert(loadstring(code, name or "=t")) end

S.group("debug.getinfo", function()
  local f = load([[
local function f(a, b, ...)
  local c = 3
  local i = debug.getinfo(1, "nSlufL")
  return i
end
local r = f(1, 2, 'x')
return r, f
]])
  local i, fn = f()
  S.eq(i.name, "f", "name of a local function") S.eq(i.namewhat, "local", "namewhat local")
  S.eq(i.what, "Lua", "what Lua") S.eq(i.source, "=t", "source") S.eq(i.short_src, "t", "short_src")
  S.eq(i.linedefined, 1, "linedefined") S.eq(i.lastlinedefined, 5, "lastlinedefined") S.eq(i.currentline, 3, "currentline")
  S.eq(i.nups, 0, "nups") S.eq(i.func, fn, "func")
  local lines = {} for k, v in pairs(i.activelines) do lines[#lines + 1] = k .. "=" .. tostring(v) end table.sort(lines)
  S.eq(table.concat(lines, ","), "2=true,3=true,4=true,5=true", "activelines")
  local c = debug.getinfo(print)
  S.eq(c.what, "C", "C function what") S.eq(c.source, "=[C]", "C source") S.eq(c.short_src, "[C]", "C short_src")
  S.eq(c.linedefined, -1, "C linedefined") S.eq(c.lastlinedefined, -1, "C lastlinedefined") S.eq(c.currentline, -1, "C currentline")
  S.eq(c.nups, 0, "C nups") S.eq(debug.getinfo(print, "L").activelines, nil, "C activelines is nil")
  local m = debug.getinfo(load("return 1", "=m"))
  S.eq(m.what, "main", "main chunk what") S.eq(m.linedefined, 0, "main linedefined 0") S.eq(m.lastlinedefined, 0, "main lastlinedefined 0")
  S.eq(m.currentline, -1, "function not running: currentline -1")
  S.eq(debug.getinfo(100), nil, "level beyond the stack: nil")
  S.eq(select("#", debug.getinfo(100)), 1, "one nil")
  local names = load([[
local t = {}
function t.field() return debug.getinfo(1, "n") end
function t:meth() return debug.getinfo(1, "n") end
function glob() return debug.getinfo(1, "n") end
local up = function() return debug.getinfo(1, "n") end
local function viaup() local r = up() return r end
local a = t.field()
local b = t:meth()
local c = glob()
local d = viaup()
glob = nil
return a, b, c, d
]])
  local a, b, cc, d = names()
  S.eq(a.name .. "/" .. a.namewhat, "field/field", "field function name")
  S.eq(b.name .. "/" .. b.namewhat, "meth/method", "method name")
  S.eq(cc.name .. "/" .. cc.namewhat, "glob/global", "global name")
  S.eq(d.name .. "/" .. d.namewhat, "up/upvalue", "upvalue name")
  local tail = load("local function f() return debug.getinfo(1, 'n') end return f()")()
  S.eq(tail.name, nil, "tail-called function has no name")
  S.eq(tail.namewhat, "", "namewhat empty")
  local tailinfo = load("local function f() return debug.getinfo(2, 'S') end local function g() return f() end local x = g() return x")()
  S.eq(tailinfo.what, "tail", "level 2 after a tail call is a 'tail' entry")
  S.eq(tailinfo.short_src, "(tail call)", "its short_src")
  local nup = load("local a, b = 1, 2 return function() return a + b end")()
  S.eq(debug.getinfo(nup, "u").nups, 2, "nups counts upvalues")
  local onlyS = debug.getinfo(1, "S")
  S.eq(onlyS.currentline, nil, "fields of other options are absent")
  S.eq(debug.getinfo(load("return 1", "@dir/file.lua"), "S").short_src, "dir/file.lua", "@ source: short_src is the file name")
  S.eq(debug.getinfo(load("return 1", "chunk"), "S").short_src, "[string \"chunk\"]", "string source")
  local co = coroutine.create(function() local x = 1 coroutine.yield() end)
  coroutine.resume(co)
  local ci = debug.getinfo(co, 1, "Sl")
  S.eq(ci.what, "Lua", "getinfo of a thread level") S.eq(ci.currentline, debug.getinfo(1, "l").currentline - 3, "line in the thread")
  S.eq(debug.getinfo(co, 0, "n").name, "yield", "level 0 of a suspended thread is yield")
end)

S.group("debug.getlocal", function()
  local f = load([[
local function f(a, b, ...)
  local c = 3
  do local inner = 4 end
  local n1, v1 = debug.getlocal(1, 1)
  local n2, v2 = debug.getlocal(1, 2)
  local n3, v3 = debug.getlocal(1, 3)
  local n4, v4 = debug.getlocal(1, 4)
  local n9 = debug.getlocal(1, 99)
  return n1, v1, n2, v2, n3, type(v3), n4, v4, n9
end
return f(10, 20, 'x')
]])
  S.rets({"a", 10, "b", 20, "arg", "table", "c", 3, nil, n = 9}, "parameters, 5.1 implicit arg, locals, out of range", f())
  local g = load([[
local x = 1
local t = {}
local function peek()
  local r = {}
  local i = 1
  while true do
    local n, v = debug.getlocal(2, i)
    if not n then break end
    r[#r + 1] = n
    i = i + 1
  end
  return table.concat(r, ",")
end
local y = 2
local s = peek()
return s
]])
  S.eq(g(), "x,t,peek,y", "locals of the caller in order")
  local temp = load([[
local function peek() return debug.getlocal(2, 3) end
local a = 1
local x = {peek(), 5}
return x[1]
]])
  local n = temp()
  S.eq(n, "(*temporary)", "active temporaries are named (*temporary)")
  S.errp(function() return debug.getlocal(100, 1) end, "bad argument #1 to 'getlocal' (level out of range)", "level out of range")
  local co = coroutine.create(function(p) local q = p * 2 coroutine.yield() end)
  coroutine.resume(co, 21)
  S.rets({"q", 42}, "getlocal of a thread", debug.getlocal(co, 1, 2))
end)

S.group("debug.setlocal", function()
  local f = load([[
local x = 1
local function set() return debug.setlocal(2, 1, 99) end
local name = set()
return name, x
]])
  S.rets({"x", 99}, "setlocal changes the caller's local and returns its name", f())
  local g = load("local a = 1 local r = debug.setlocal(1, 50, 0) return r")
  S.eq(g(), nil, "no such local: nil")
end)

S.group("debug.getupvalue", function()
  local f = load("local up1, up2 = 5, 6 return function() return up1 + up2 end")()
  S.rets({"up1", 5}, "first upvalue", debug.getupvalue(f, 1))
  S.rets({"up2", 6}, "second upvalue", debug.getupvalue(f, 2))
  S.rets({}, "index out of range returns nothing", debug.getupvalue(f, 3))
  S.rets({}, "C functions: nothing (cannot touch C upvalues)", debug.getupvalue(string.gmatch("a", "a"), 1))
  S.rets({}, "index 0", debug.getupvalue(f, 0))
end)

S.group("debug.setupvalue", function()
  local f = load("local v = 1 return function() return v end")()
  S.eq(debug.setupvalue(f, 1, 9), "v", "returns the name") S.eq(f(), 9, "value changed")
  S.rets({}, "out of range returns nothing", debug.setupvalue(f, 2, 1))
  local g1, g2 = load("local s = 0 return function() s = s + 1 return s end, function() return s end")()
  debug.setupvalue(g1, 1, 100)
  S.eq(g2(), 100, "shared upvalue changed for every closure")
end)

S.group("debug.sethook", function()
  local log = {}
  local f = load([[
local log = ...
debug.sethook(function(ev, line) log[#log + 1] = ev .. ":" .. tostring(line) end, "l")
local x = 1
x = 2
debug.sethook()
]])
  f(log)
  S.eq(table.concat(log, " "), "line:3 line:4 line:5", "line hook")
  local calls = {}
  local g = load([[
local calls = ...
local function callee() return 1 end
debug.sethook(function(ev) local i = debug.getinfo(2, "n") calls[#calls + 1] = ev .. "/" .. tostring(i and i.name) end, "cr")
callee()
debug.sethook()
]])
  g(calls)
  S.eq(table.concat(calls, " "), "return/sethook call/callee return/callee call/sethook", "call and return hooks")
  local count = 0
  local h = load([[
local cnt = ...
debug.sethook(function(ev) cnt.n = cnt.n + 1 cnt.ev = ev end, "", 10)
for i = 1, 100 do end
debug.sethook()
]])
  local c = { n = 0 }
  h(c)
  S.ok(c.n > 10, "count hook fires every 10 instructions")
  S.eq(c.ev, "count", "count event name")
  local tl = {}
  local k = load([[
local tl = ...
local function last() return 1 end
local function f() return last() end
debug.sethook(function(ev) tl[#tl + 1] = ev end, "c")
f()
debug.sethook()
]])
  k(tl)
  S.eq(table.concat(tl, ","), "call,call,call", "5.1 reports a tail call as a 'call' event")
  local rets = {}
  local r = load([[
local rets = ...
local function last() return 1 end
local function f() return last() end
debug.sethook(function(ev) rets[#rets + 1] = ev end, "r")
f()
debug.sethook()
]])
  r(rets)
  S.eq(table.concat(rets, ","), "return,return,tail return", "a 'tail return' follows the return of a tail-called function")
end)

S.group("debug.gethook", function()
  S.rets({nil, "", 0}, "no hook", debug.gethook())
  local hk = function() end
  debug.sethook(hk, "crl", 5)
  local f, m, n = debug.gethook()
  debug.sethook()
  S.rets({hk, "crl", 5}, "hook, mask, count", f, m, n)
  debug.sethook(hk, "l")
  local _, m2 = debug.gethook()
  debug.sethook()
  S.eq(m2, "l", "mask l")
  local co = coroutine.create(function() end)
  S.rets({nil, "", 0}, "hooks are per thread", debug.gethook(co))
end)

S.group("debug.traceback", function()
  local f = load([[
local function lvl3() return debug.traceback("msg") end
local function lvl2() local r = lvl3() return r end
function glob_lvl1() local r = lvl2() return r end
local r = glob_lvl1()
glob_lvl1 = nil
return r
]])
  local tb = f()
  local lines = {}
  for l in (tb .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = l end
  S.eq(lines[1], "msg", "first line is the message")
  S.eq(lines[2], "stack traceback:", "header")
  S.eq(lines[3], "\tt:1: in function 'lvl3'", "local function (level 1)")
  S.eq(lines[4], "\tt:2: in function 'lvl2'", "local function (level 2)")
  S.eq(lines[5], "\tt:3: in function 'glob_lvl1'", "global function")
  S.eq(lines[6], "\tt:4: in function 'f'", "the chunk, named after the local that called it")
  local anon = load("local t = {function() return debug.traceback() end} local r = t[1]() return r")()
  S.eq(anon:match("\n\t([^\n]*)"), "t:1: in function '?'", "function called through a non-constant key: '?'")
  local noname = load("local ok, e = pcall(function() return debug.traceback() end) return e")()
  S.eq(noname:match("\n\t([^\n]*)"), "t:1: in function <t:1>", "function without a name: <source:line>")
  S.eq(noname:match("\n\t[^\n]*\n\t([^\n]*)"), "[C]: in function 'pcall'", "C function line")
  local mainc = select(2, pcall(load("return debug.traceback()")))
  S.eq(mainc:match("\n\t([^\n]*)"), "t:1: in main chunk", "a chunk called from C is the main chunk")
  S.eq(debug.traceback("x", 50), "x\nstack traceback:", "level beyond the stack: header only")
  S.eq(debug.traceback(nil), nil, "nil message: returned as is")
  local t = {}
  S.eq(debug.traceback(t), t, "non-string message returned as is")
  S.eq(debug.traceback(12):match("^12\nstack traceback:\n") ~= nil, true, "number message is a string")
  local co = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(co)
  local ct = debug.traceback(co)
  S.eq(ct:match("^stack traceback:\n\t%[C%]: in function 'yield'\n"), "stack traceback:\n\t[C]: in function 'yield'\n",
    "traceback of a thread starts at yield")
  S.eq(debug.traceback(co, "m"):sub(1, 19), "m\nstack traceback:\n", "thread traceback with message")
  local deep = load("local function r(n) if n == 0 then return debug.traceback() end local x = r(n - 1) return x end return r(30)")()
  local n = 0 for _ in deep:gmatch("\n") do n = n + 1 end
  S.ok(deep:find("\n\t...\n", 1, true) ~= nil, "long tracebacks are cut with '...'")
  S.eq(n, 22, "12 first levels, '...', 10 last levels (5.1 LEVELS1/LEVELS2)")
  local main = debug.traceback("m", 1)
  S.eq(main:sub(1, 19), "m\nstack traceback:\n", "default layout with message")
end)

S.group("debug.getmetatable", function()
  local t = setmetatable({}, { __metatable = "hidden" })
  S.eq(type(debug.getmetatable(t)), "table", "sees through __metatable")
  S.eq(debug.getmetatable(1), nil, "numbers: nil")
  S.eq(debug.getmetatable("").__index, string, "string metatable")
end)

S.group("debug.setmetatable", function()
  local t = setmetatable({}, { __metatable = "locked" })
  S.eq(debug.setmetatable(t, nil), true, "5.1: returns true, ignores protection")
  S.eq(getmetatable(t), nil, "removed")
  S.eq(debug.setmetatable(1, { __index = { twice = function(n) return n * 2 end } }), true, "metatable for numbers")
  S.eq((21):twice(), 42, "numbers now have methods")
  debug.setmetatable(1, nil)
  S.eq(getmetatable(1), nil, "removed again")
  debug.setmetatable(nil, { __index = function() return "from nil" end })
  local ok, v = pcall(function() local x = nil return x.anything end)
  debug.setmetatable(nil, nil)
  S.rets({true, "from nil"}, "metatable for nil", ok, v)
end)

S.group("debug.getfenv", function()
  S.eq(debug.getfenv(print), _G, "function environment")
  S.eq(debug.getfenv(1), nil, "numbers have no environment")
  local f = load("return 1")
  local e = {}
  setfenv(f, e)
  S.eq(debug.getfenv(f), e, "Lua function environment")
  S.eq(type(debug.getfenv(io.stdout)), "table", "userdata environment (the io library's)")
end)

S.group("debug.setfenv", function()
  local f = load("return v")
  S.eq(debug.setfenv(f, { v = "x" }), f, "returns the object")
  S.eq(f(), "x", "environment set")
  local u = newproxy()
  local env = {}
  S.eq(debug.setfenv(u, env), u, "userdata environment")
  S.eq(debug.getfenv(u), env, "read back")
  S.errp(function() debug.setfenv(1, {}) end, "'setfenv' cannot change environment of given object", "number")
end)

S.group("debug.getregistry", function()
  local r = debug.getregistry()
  S.eq(type(r), "table", "registry is a table")
  S.eq(type(r._LOADED), "table", "_LOADED lives in the registry")
  S.eq(r._LOADED.string, string, "_LOADED.string")
  S.eq(type(r["FILE*"]), "table", "FILE* metatable registered as FILE*")
end)

S.group("debug.debug", function()
  S.eq(type(debug.debug), "function", "exists (interactive use is tested in 6-standalone)")
end)
S.done()

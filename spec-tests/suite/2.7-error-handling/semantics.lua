-- §2.7 error handling: error values, levels, pcall/xpcall results, message handlers
local S = require "spec"

S.group("error", function()
  S.rets({false, "t:1: boom"}, "string error gets position of level 1", pcall(S.compile("error('boom')")))
  S.rets({false, "boom"}, "level 0 adds no position", pcall(S.compile("error('boom', 0)")))
  S.rets({false, "t:3: up"}, "level 2 blames the caller",
    pcall(S.compile("local function f()\n error('up', 2)\nend f()")))
  S.rets({false, "t:2: here"}, "level 1 blames the function itself",
    pcall(S.compile("local function f()\n error('here', 1)\nend f()")))
  S.rets({false, "t:4: two"}, "level 3 two calls up",
    pcall(S.compile("local function f() error('two', 3) end\nlocal function g() f()\nend\ng()")))
  local t = {}
  local ok, e = pcall(error, t)
  S.ok(not ok and e == t, "table error value passes through unchanged")
  S.rets({false, "42"}, "number error value is converted to a string by the position step (lua_isstring)", pcall(error, 42))
  S.rets({false, 42}, "number error value with level 0 stays a number", pcall(error, 42, 0))
  S.rets({false, nil, n = 2}, "error() gives nil", pcall(error))
  S.eq(select("#", pcall(error)), 2, "pcall(error) returns two values")
  S.rets({false, nil, n = 2}, "error(nil)", pcall(error, nil))
  S.rets({false, true}, "boolean error value", pcall(error, true))
  S.rets({false, "x"}, "error called directly by pcall: level 1 is C, no position", pcall(error, "x"))
  S.rets({false, "x"}, "level 3 beyond chunk", pcall(error, "x", 3))
  S.rets({false, "t:1: 5"}, "a number message also gets the position (it counts as a string)",
    pcall(S.compile("error(5)")))
end)

S.group("pcall", function()
  S.rets({true}, "no results", pcall(function() end))
  S.rets({true, 1, 2, 3}, "all results", pcall(function() return 1, 2, 3 end))
  S.rets({true, nil, nil, n = 3}, "nil results counted", pcall(function() return nil, nil end))
  S.rets({true, "a", "b"}, "arguments passed", pcall(function(...) return ... end, "a", "b"))
  S.rets({true, 2}, "nil arguments counted", pcall(function(...) return select("#", ...) end, nil, nil))
  S.rets({false, "bad argument #1 to '?' (value expected)"}, "pcall()", pcall(pcall))
  S.rets({true, false, "x"}, "nested pcall", pcall(pcall, error, "x"))
  S.rets({false, "attempt to call a nil value"}, "pcall(nil)", pcall(nil))
  S.rets({false, "attempt to call a number value"}, "pcall(1)", pcall(1))
  S.rets({true, 3}, "pcall of C function", pcall(math.max, 1, 3, 2))
  local x = 0
  pcall(function() x = 1 error("stop") x = 2 end)
  S.eq(x, 1, "execution stops at error")
  S.ok(select(2, pcall(error, "m")) == "m", "message is second result")
end)

S.group("xpcall", function()
  S.rets({false, "t:1: a!"}, "handler transforms message",
    xpcall(S.compile("error('a')"), function(m) return m .. "!" end))
  S.rets({true, 1, 2}, "success returns results", xpcall(function() return 1, 2 end, print))
  S.rets({false, "table"}, "handler receives the error object", xpcall(function() error({}) end, function(m) return type(m) end))
  S.rets({false, "error in error handling"}, "error inside handler",
    xpcall(function() error("a") end, function() error("b") end))
  S.rets({false, "error in error handling"}, "non-function handler", xpcall(function() error("a") end, 1))
  S.rets({false, "error in error handling"}, "nil handler", xpcall(function() error("a") end, nil))
  S.rets({false, "t:1: attempt to perform arithmetic on a nil value"}, "runtime error message passed to handler",
    xpcall(S.compile("local x = nil + 1"), function(m) return m end))
  S.rets({false, 1, n = 2}, "handler result truncated to one value", xpcall(error, function() return 1, 2 end))
  local depth
  xpcall(S.compile("local function f() error('x') end f()"), function()
    depth = debug.getinfo(2, "S").what
  end)
  S.eq(depth, "C", "handler runs at the error point (level 2 is error itself)")
  local tb
  xpcall(S.compile("local function inner() error('deep') end\ninner()"), function(m) tb = debug.traceback(m, 2) end)
  S.eq(tb and tb:match("^[^\n]*"), "t:1: deep", "traceback handler: first line is the message")
  S.ok(tb and tb:find("\nstack traceback:\n", 1, true) ~= nil, "traceback handler: has stack traceback header")
  S.ok(tb and tb:find("t:1: in function 'inner'", 1, true) ~= nil, "traceback handler: names the local function")
end)

S.group("error", function()
  local mt = { __tostring = function() return "custom object" end }
  local obj = setmetatable({}, mt)
  local ok, e = pcall(error, obj)
  S.eq(e, obj, "error object with __tostring is kept as is")
  S.eq(tostring(e), "custom object", "__tostring of error object")
  S.rets({false, "t:1: x"}, "error in nested function reported at its line", pcall(S.compile("local function f() error('x') end f()")))
  local code = "local a = 1\nlocal b = 2\nerror('line three')"
  S.rets({false, "t:3: line three"}, "line numbers in multi-line chunk", pcall(S.compile(code)))
  S.rets({false, "c:1: msg"}, "chunk name from loadstring '=c'", pcall(loadstring("error('msg')", "=c")))
  S.rets({false, '[string "error(\'msg\')"]:1: msg'}, "default chunk name is the source", pcall(loadstring("error('msg')")))
  S.rets({false, '[string "x"]:1: msg'}, "explicit chunk name without = or @", pcall(loadstring("error('msg')", "x")))
  S.rets({false, "file.lua:1: msg"}, "chunk name starting with @", pcall(loadstring("error('msg')", "@file.lua")))
  S.rets({false, '[string "line1 = 1..."]:2: msg'}, "multi-line source is cut at first newline",
    pcall(loadstring("line1 = 1\nerror('msg')")))
  local long = "error('msg') --" .. string.rep("x", 100)
  local _, m = pcall(loadstring(long))
  S.eq(m, '[string "error(\'msg\') --xxxxxxxxxxxxxxxxxxxxxxxxxxxx..."]:1: msg', "long source truncated with ...")
  local _, m2 = pcall(loadstring("error('msg')", "=" .. string.rep("n", 100)))
  S.eq(m2, string.rep("n", 59) .. ":1: msg", "=name truncated to LUA_IDSIZE-1 (59) chars")
  local _, m3 = pcall(loadstring("error('msg')", "@" .. string.rep("d", 100)))
  S.eq(m3:sub(1, 3), "...", "@file names keep their tail with ...")
end)
S.done()

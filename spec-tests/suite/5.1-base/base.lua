-- §5.1 basic functions
local S = require "spec"

S.group("assert", function()
  S.rets({1, 2, 3}, "returns all its arguments", assert(1, 2, 3))
  S.rets({true}, "true", assert(true))
  S.rets({0, "m"}, "0 is true", assert(0, "m"))
  S.err(assert, "assertion failed!", "false, default message (called from pcall: no position)", false)
  S.err(assert, "custom", "custom message", nil, "custom")
  S.errp(function() assert(false) end, "assertion failed!", "position of the caller")
  S.errp(function() assert(nil, "why") end, "why", "message with position")
  S.errp(function() assert(false, 42) end, "42", "number message becomes a string with position")
end)

S.group("_G", function()
  S.eq(_G._G, _G, "_G._G is _G")
  S.eq(type(_G), "table", "a table")
  S.eq(_G.print, print, "globals are its fields")
  S.eq(getfenv(0), _G, "the thread's global environment")
end)

S.group("_VERSION", function()
  S.eq(_VERSION, "Lua 5.1", "_VERSION")
end)

S.group("dofile", function()
  local n = S.tmpname()
  local f = io.open(n, "w") f:write("return 1, 2, ...") f:close()
  S.rets({1, 2}, "returns the chunk's results (no arguments passed)", dofile(n))
  f = io.open(n, "w") f:write("error('inside')") f:close()
  local ok, e = pcall(dofile, n)
  S.eq(ok, false, "errors propagate")
  S.eq(e, n .. ":1: inside", "message names the file")
  f = io.open(n, "w") f:write("x = = 1") f:close()
  S.err(dofile, n .. ":1: unexpected symbol near '='", "syntax error propagated without extra position", n)
  S.err(dofile, "cannot open /nonexistent/x.lua: No such file or directory", "missing file", "/nonexistent/x.lua")
end)

S.group("getmetatable", function()
  S.eq(getmetatable({}), nil, "plain table") S.eq(getmetatable(nil), nil, "nil") S.eq(getmetatable(print), nil, "function")
  local mt = {} S.eq(getmetatable(setmetatable({}, mt)), mt, "set metatable")
  S.eq(getmetatable(setmetatable({}, { __metatable = "p" })), "p", "__metatable field")
  S.eq(getmetatable("x").__index, string, "strings")
  S.eq(type(getmetatable(io.stdout)), "table", "file userdata")
end)

S.group("ipairs", function()
  local f, s, c = ipairs({})
  S.eq(type(f), "function", "iterator function") S.eq(c, 0, "initial control 0")
  local t = {"a", "b"}
  local _, s2 = ipairs(t)
  S.eq(s2, t, "state is the table")
  S.rets({1, "a"}, "first step", f(t, 0))
  S.rets({}, "end of sequence returns nothing", f(t, 2))
  local n = 0
  for i, v in ipairs(setmetatable({}, { __index = function(t, i) if i <= 3 then return i * 10 end end })) do n = n + v end
  S.eq(n, 0, "5.1 ipairs uses raw access (no __index)")
  local seen = {}
  for i, v in ipairs({[1] = "x", [2] = "y", [4] = "z"}) do seen[#seen + 1] = v end
  S.eq(table.concat(seen), "xy", "stops at the first nil")
end)

S.group("pairs", function()
  local t = {10, 20, x = "a", y = "b"}
  local keys = {}
  for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
  table.sort(keys)
  S.eq(table.concat(keys, ","), "1=10,2=20,x=a,y=b", "visits every pair")
  local f, s, c = pairs(t)
  S.eq(type(f), "function", "pairs returns an iterator")
  S.rets({"x", "a"}, "the iterator behaves like next", f({x = "a"}))
  S.eq(f == next, false, "5.1: the iterator is a separate closure of next, not the global next") S.eq(s, t, "the table") S.eq(c, nil, "nil control")
  local n = 0
  for k in pairs(setmetatable({}, { __pairs = function() error("not used") end, __index = { a = 1 } })) do n = n + 1 end
  S.eq(n, 0, "5.1 pairs ignores __pairs and __index")
  local m = {a = 1, b = 2, c = 3}
  for k in pairs(m) do m[k] = nil end
  S.eq(next(m), nil, "clearing fields during traversal is allowed")
end)

S.group("next", function()
  S.eq(next({}), nil, "empty table") S.rets({1, "a"}, "first of an array", next({"a"}))
  S.eq(select("#", next({"a"}, 1)), 1, "after the last key: one nil")
  S.err(next, "invalid key to 'next'", "unknown key", {}, "nokey")
  local t = {x = 1}
  local k, v = next(t)
  S.rets({"x", 1}, "key and value", k, v)
  local count = 0
  local big = {}
  for i = 1, 100 do big[i] = i big["k" .. i] = i end
  for k2 in next, big do count = count + 1 end
  S.eq(count, 200, "traverses array and hash parts")
end)

S.group("load", function()
  local parts = {"return ", "1 ", "+ 2"}
  local i = 0
  local f = load(function() i = i + 1 return parts[i] end)
  S.eq(f(), 3, "pieces concatenated")
  S.eq(load(function() return nil end)(), nil, "empty chunk")
  local g, e = load(function() return nil end, "=name")
  S.eq(type(g), "function", "empty reader gives an empty function")
  local calls = 0
  local h = load(function() calls = calls + 1 if calls == 1 then return "return 'a'" end return "" end)
  S.eq(h(), "a", "empty string ends the chunk")
  local bad, msg = load(function() return nil end)
  local once = false
  S.rets({nil, "x:1: unexpected symbol near '1'"}, "syntax error: nil and the message, chunk name '=x'",
    load(function() if not once then once = true return "1" end end, "=x"))
  local ok, m = load(function() error("reader failed") end)
  S.eq(ok, nil, "reader error: nil")
  S.ok(type(m) == "string" and m:find("reader failed", 1, true) ~= nil, "reader error message returned")
  local r1, r2 = load(function() return {} end)
  S.eq(r1, nil, "reader returning a table: nil")
  S.eq(type(r2) == "string" and r2:match(":%d+: (.*)$"), "reader function must return a string", "reader returning a table: message")
  local chunkname = load(function() if not done_ then done_ = true return "error('x')" end end, "=loaded")
  done_ = nil
  S.err(chunkname, "loaded:1: x", "chunk name argument")
  local d = load(function() if not d2 then d2 = true return "return ..." end end) d2 = nil
  S.rets({1, 2}, "chunks are vararg", d(1, 2))
end)

S.group("load", function()
  local f = load(function() if not s1 then s1 = true return "return 5" end end)
  s1 = nil
  S.eq(getfenv(f), _G, "loaded chunks get the global environment")
  local dumped = string.dump(function() return "dumped" end)
  local done = false
  local g = load(function() if done then return nil end done = true return dumped end)
  S.eq(g(), "dumped", "binary chunks through load")
end)

S.group("loadfile", function()
  local n = S.tmpname()
  local f = io.open(n, "w") f:write("return ...") f:close()
  local g = loadfile(n)
  S.rets({1, 2}, "loadfile returns a vararg function", g(1, 2))
  S.rets({nil, "cannot open /nonexistent/x.lua: No such file or directory"}, "missing file", loadfile("/nonexistent/x.lua"))
  f = io.open(n, "w") f:write("return +") f:close()
  S.rets({nil, n .. ":1: unexpected symbol near '+'"}, "syntax error", loadfile(n))
  local inp = io.input()
  io.input(n)
  local fromstdin = loadfile()
  io.input(inp)
  S.eq(type(fromstdin), "function", "loadfile() reads standard input (here: /dev/null, an empty chunk)")
end)

S.group("loadstring", function()
  S.eq(loadstring("return 1")(), 1, "compile and run")
  S.rets({nil, "[string \"return +\"]:1: unexpected symbol near '+'"}, "syntax error message", loadstring("return +"))
  S.rets({nil, "x:1: unexpected symbol near '+'"}, "=chunkname", loadstring("return +", "=x"))
  S.rets({nil, "x:1: unexpected symbol near '<eof>'"}, "binary operator at the end", loadstring("return 1 +", "=x"))
  S.eq(type(loadstring("")), "function", "empty string")
  S.eq(loadstring("return ...")(7), 7, "vararg")
  S.eq(loadstring(string.dump(function() return "bin" end))(), "bin", "binary chunk")
  S.rets({nil, "binary string: unexpected end in precompiled chunk"}, "truncated binary chunk", loadstring("\27Lua"))
  S.eq(loadstring("return 1", "name") ~= nil, true, "with chunk name")
  S.rets({nil, "[string \"12\"]:1: unexpected symbol near '12'"}, "a number is converted to source text", loadstring(12))
end)

S.group("pcall", function()
  S.rets({true, 1}, "success", pcall(function() return 1 end))
  S.rets({false, "e"}, "failure", pcall(error, "e", 0))
end)

S.group("print", function()
  S.eq(select("#", print()), 0, "returns nothing")
  local old = tostring
  local seen = {}
  tostring = function(v) seen[#seen + 1] = type(v) return "#" end
  print("# print calls the global tostring for each argument")
  tostring = old
  S.eq(seen[1], "string", "print uses the global tostring")
  S.errp(function() print(setmetatable({}, { __tostring = function() return {} end })) end,
    "'tostring' must return a string to 'print'", "non-string from tostring")
end)

S.group("rawequal", function()
  S.eq(rawequal(1, 1), true, "numbers") S.eq(rawequal("a", "a"), true, "strings") S.eq(rawequal({}, {}), false, "tables")
  local mt = { __eq = function() return true end }
  S.eq(rawequal(setmetatable({}, mt), setmetatable({}, mt)), false, "ignores __eq")
  S.eq(rawequal(1, "1"), false, "no coercion") S.eq(rawequal(nil, nil), true, "nil") S.eq(rawequal(0/0, 0/0), false, "nan")
end)

S.group("rawget", function()
  local t = setmetatable({a = 1}, { __index = function() return "meta" end })
  S.eq(rawget(t, "a"), 1, "present") S.eq(rawget(t, "b"), nil, "absent: no __index") S.eq(t.b, "meta", "normal access uses __index")
  S.eq(rawget({[1] = "x"}, 1.0), "x", "1.0 key") S.eq(rawget({}, nil), nil, "nil key reads fine")
end)

S.group("rawset", function()
  local log = {}
  local t = setmetatable({}, { __newindex = function() log[#log + 1] = 1 end })
  S.eq(rawset(t, "k", "v"), t, "returns the table")
  S.eq(t.k, "v", "stored") S.eq(#log, 0, "no __newindex")
  S.err(rawset, "table index is nil", "nil key", {}, nil, 1)
  S.err(rawset, "table index is NaN", "nan key", {}, 0/0, 1)
  rawset(t, "k", nil)
  S.eq(rawget(t, "k"), nil, "assigning nil removes")
end)

S.group("select", function()
  S.eq(select("#"), 0, "# of nothing") S.eq(select("#", nil, nil), 2, "# counts nils") S.eq(select("#", 1, 2, 3), 3, "# of three")
  S.rets({2, 3}, "select(2, ...)", select(2, 1, 2, 3)) S.rets({3}, "select(3, ...)", select(3, 1, 2, 3))
  S.rets({}, "past the end", select(4, 1, 2, 3)) S.rets({3}, "negative index: from the end", select(-1, 1, 2, 3))
  S.rets({2, 3}, "select(-2, ...)", select(-2, 1, 2, 3)) S.rets({1, 2, 3}, "select(-3, ...)", select(-3, 1, 2, 3))
  S.rets({1}, "index 1", select(1, 1)) S.rets({2, 3}, "string index", select("2", 1, 2, 3))
  S.rets({2, 3}, "float index truncated", select(2.7, 1, 2, 3))
  S.err(select, "bad argument #1 to '?' (index out of range)", "-4 with three values", -4, 1, 2, 3)
  S.err(select, "bad argument #1 to '?' (index out of range)", "0", 0)
  S.rets({}, "select(1) with no values", select(1))
  S.rets({}, "select(100) with no values", select(100))
end)

S.group("setmetatable", function()
  local t = {}
  S.eq(setmetatable(t, nil), t, "nil metatable")
  S.err(setmetatable, "bad argument #2 to '?' (nil or table expected)", "number metatable", {}, 1)
end)

S.group("tonumber", function()
  S.eq(tonumber("10"), 10, "decimal") S.eq(tonumber("  10  "), 10, "spaces") S.eq(tonumber("0x10"), 16, "hex")
  S.eq(tonumber("0X1f"), 31, "hex uppercase X") S.eq(tonumber("1e2"), 100, "exponent") S.eq(tonumber(".5"), 0.5, "leading dot")
  S.eq(tonumber("5."), 5, "trailing dot") S.eq(tonumber("-7"), -7, "negative") S.eq(tonumber("+7"), 7, "plus sign")
  S.eq(tonumber(""), nil, "empty") S.eq(tonumber(" "), nil, "space") S.eq(tonumber("1 2"), nil, "two numbers")
  S.eq(tonumber("1e"), nil, "bad exponent") S.eq(tonumber("0x"), nil, "0x alone") S.eq(tonumber("abc"), nil, "letters")
  S.eq(tonumber("1a"), nil, "trailing letter") S.eq(tonumber(nil), nil, "nil") S.eq(tonumber(true), nil, "boolean")
  S.eq(tonumber({}), nil, "table") S.eq(tonumber(42), 42, "number unchanged")
  S.eq(tonumber("-0x10"), -16, "negative hex") S.eq(tonumber("\t\n10\r"), 10, "all whitespace kinds")
  S.eq(tonumber("inf"), math.huge, "glibc strtod quirk: 'inf' converts") S.eq(tostring(tonumber("nan")), "nan", "glibc strtod quirk: 'nan'")
  S.eq(tonumber("10", 16), 16, "base 16") S.eq(tonumber("ff", 16), 255, "ff") S.eq(tonumber("FF", 16), 255, "FF")
  S.eq(tonumber("zz", 36), 1295, "base 36") S.eq(tonumber("8", 8), nil, "digit out of base") S.eq(tonumber("777", 8), 511, "octal")
  S.eq(tonumber("1.5", 10), 1.5, "base 10 is the ordinary conversion")
  S.eq(tonumber("1.5", 16), nil, "other bases: integers only") S.eq(tonumber(" 11 ", 2), 3, "binary with spaces")
  S.eq(tonumber("0x10", 16), 16, "0x prefix accepted by strtoul in base 16") S.eq(tonumber("", 10), nil, "empty with base")
  S.eq(tonumber("10", 10), 10, "base 10") S.eq(tonumber("Z", 36), 35, "Z in base 36") S.eq(tonumber("1", 2), 1, "base 2")
  S.eq(tonumber(10, 16), 16, "number argument converted to string with a base") S.eq(tonumber("7fffffff", 16), 2147483647, "32 bit")
  S.eq(tonumber("1e1", 16), 481, "e is a digit in base 16")
  S.err(tonumber, "bad argument #2 to '?' (base out of range)", "base 1", "1", 1)
  S.err(tonumber, "bad argument #2 to '?' (base out of range)", "base 37", "1", 37)
  S.err(tonumber, "bad argument #1 to '?' (value expected)", "no argument")
end)

S.group("tostring", function()
  S.eq(tostring(nil), "nil", "nil") S.eq(tostring(true), "true", "true") S.eq(tostring(false), "false", "false")
  S.eq(tostring(12), "12", "integer") S.eq(tostring(-1.5), "-1.5", "float") S.eq(tostring(1e300), "1e+300", "exponent")
  S.eq(tostring("s"), "s", "string unchanged") S.eq(tostring(2^31), "2147483648", "2^31")
  S.eq(tostring(0.1 + 0.2), "0.3", "%.14g hides representation error") S.eq(tostring(1e-5), "1e-05", "two exponent digits")
  S.eq(tostring(123456789012345678), "1.2345678901235e+17", "large")
  S.ok(tostring({}):match("^table: 0x%x+$") ~= nil, "table address format 'table: 0x...'")
  S.ok(tostring(print):match("^function: 0x%x+$") ~= nil, "function format")
  S.ok(tostring(coroutine.create(function() end)):match("^thread: 0x%x+$") ~= nil, "thread format")
  S.ok(tostring(newproxy()):match("^userdata: 0x%x+$") ~= nil, "userdata format")
  local t = {}
  S.eq(tostring(t), tostring(t), "stable for one object")
  S.ok(tostring({}) ~= tostring({}), "distinct objects differ")
  S.eq(tostring(setmetatable({}, { __tostring = function() return "X" end })), "X", "__tostring")
  S.eq(tostring(-0.0 * 1), "-0", "negative zero")
end)

S.group("type", function()
  S.eq(type(nil), "nil", "nil") S.eq(type(1), "number", "number") S.eq(type("x"), "string", "string")
end)

S.group("unpack", function()
  S.rets({1, 2, 3}, "all", unpack({1, 2, 3})) S.rets({}, "empty", unpack({}))
  S.rets({2, 3}, "from i", unpack({1, 2, 3}, 2)) S.rets({1, 2}, "i..j", unpack({1, 2, 3}, 1, 2))
  S.rets({nil, nil, n = 2}, "beyond the array", unpack({}, 1, 2)) S.rets({}, "i > j", unpack({1}, 2, 1))
  S.rets({"z", "a"}, "from 0", unpack({[0] = "z", "a"}, 0)) S.rets({1, nil, 3}, "holes", unpack({1, nil, 3}, 1, 3))
  S.rets({"x"}, "j defaults to #t", unpack({"x", nil}))
  S.eq(select("#", unpack({}, 1, 250)), 250, "250 values")
  S.rets({"a"}, "negative range", unpack({[-1] = "a"}, -1, -1))
  local proxy = setmetatable({}, { __index = function(t, i) return i end })
  S.rets({nil, n = 1}, "unpack uses raw access", unpack(proxy, 1, 1))
end)

S.group("xpcall", function()
  S.rets({true, "v"}, "success", xpcall(function() return "v" end, error))
  S.rets({false, "handled"}, "handler result", xpcall(function() error("x") end, function() return "handled" end))
  S.rets({false, "arguments: 0"}, "5.1 xpcall passes no extra arguments to f",
    xpcall(function(...) error("arguments: " .. select("#", ...), 0) end, function(m) return m end, 1, 2))
end)

S.group("getfenv", function()
  S.eq(getfenv(print), _G, "C function") S.eq(getfenv(), _G, "default level")
end)
S.group("setfenv", function()
  local f = loadstring("return q")
  S.eq(setfenv(f, { q = 1 }), f, "returns the function") S.eq(f(), 1, "works")
end)
S.group("collectgarbage", function()
  S.eq(collectgarbage("collect"), 0, "collect")
end)
S.group("gcinfo", function()
  S.eq(type(gcinfo()), "number", "number")
end)
S.group("newproxy", function()
  S.eq(type(newproxy(false)), "userdata", "newproxy(false)")
end)
S.group("error", function()
  S.err(error, "m", "message", "m", 0)
end)
S.done()

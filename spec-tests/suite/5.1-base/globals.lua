-- §5.1 the global table, _VERSION, print, gcinfo; §5.3 package fields; §5.6 constants
local S = require "spec"

S.group("_VERSION", function()
  S.eq(type(_VERSION), "string", "a string")
  S.eq(_VERSION:match("^Lua (%d%.%d)$"), "5.1", "format 'Lua 5.1'")
  S.eq(rawget(_G, "_VERSION"), "Lua 5.1", "a field of _G")
end)

S.group("_G", function()
  local names = { "assert", "collectgarbage", "dofile", "error", "getfenv", "getmetatable", "ipairs", "load", "loadfile",
    "loadstring", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset", "select", "setfenv", "setmetatable",
    "tonumber", "tostring", "type", "unpack", "xpcall", "gcinfo", "newproxy", "module", "require" }
  for _, n in ipairs(names) do S.eq(type(_G[n]), "function", n .. " is a global function") end
  for _, n in ipairs({ "string", "table", "math", "io", "os", "coroutine", "debug", "package" }) do
    S.eq(type(_G[n]), "table", n .. " is a global table")
  end
  S.eq(_G.arg == nil or type(_G.arg) == "table", true, "arg is a table when a script runs")
  _G.spec_new_global = 1
  S.eq(spec_new_global, 1, "assigning a field of _G creates a global")
  spec_new_global = nil
  S.eq(rawget(_G, "spec_new_global"), nil, "and assigning nil removes it")
end)

S.group("print", function()
  local n = S.tmpname()
  local src = S.tmpname()
  local w = io.open(src, "w") w:write("print(1, 'a', nil, true, 1.5) print() print('x\\0y')") w:close()
  local f = io.popen((os.getenv("SPEC_LUA") or "lua5.1") .. " " .. src .. " > " .. n)
  f:close()
  local r = io.open(n) local d = r:read("*a") r:close()
  S.eq(d, "1\ta\tnil\ttrue\t1.5\n\nx\n", "tabs between values, newline at the end; 5.1 print (fputs) stops at a zero byte")
end)

S.group("gcinfo", function()
  local before = gcinfo()
  local t = {} for i = 1, 20000 do t[i] = { i } end
  S.ok(gcinfo() > before, "grows with allocation")
  t = nil
  collectgarbage() collectgarbage()
  S.ok(gcinfo() < before + 1000, "shrinks after collection")
end)

S.group("package.config", function()
  local lines = {}
  for l in package.config:gmatch("[^\n]+") do lines[#lines + 1] = l end
  S.eq(#lines, 5, "five lines")
  S.eq(lines[1], "/", "directory separator") S.eq(lines[2], ";", "path separator") S.eq(lines[3], "?", "substitution mark")
  S.eq(lines[4], "!", "executable directory mark") S.eq(lines[5], "-", "ignore mark")
end)

S.group("package.cpath", function()
  S.ok(package.cpath:find("?", 1, true) ~= nil, "contains templates")
  S.ok(package.cpath:find(".so", 1, true) ~= nil, "shared objects on Linux")
end)

S.group("package.preload", function()
  local calls = 0
  package.preload["spec.pre2"] = function(name) calls = calls + 1 return { n = name } end
  local m = require("spec.pre2")
  S.eq(m.n, "spec.pre2", "dotted name passed") S.eq(calls, 1, "called once")
  S.eq(require("spec.pre2"), m, "cached") S.eq(calls, 1, "not called again")
  package.preload["spec.pre2"] = nil package.loaded["spec.pre2"] = nil
end)

S.group("package.loadlib", function()
  S.eq(type(package.loadlib), "function", "exists")
  local a, b, c = package.loadlib("/nonexistent/lib.so", "*")
  S.rets({nil, "open"}, "missing library with '*'", a, c)
end)

S.group("math.pi", function()
  S.eq(math.sin(math.pi) < 1e-15, true, "sin(pi) is about 0") S.eq(math.cos(math.pi), -1, "cos(pi) = -1")
end)
S.group("math.huge", function()
  S.eq(math.huge + 1, math.huge, "inf + 1") S.eq(-math.huge, -1/0, "-inf") S.eq(math.huge * 0 ~= math.huge * 0, true, "inf * 0 is nan")
end)
S.group("math.randomseed", function()
  math.randomseed(123) local a = math.random(1000)
  math.randomseed(123) local b = math.random(1000)
  S.eq(a, b, "repeatable") math.randomseed(os.time())
  S.eq(math.randomseed("5"), nil, "numeric string accepted")
end)
S.group("string", function()
  for _, n in ipairs({ "byte", "char", "dump", "find", "format", "gfind", "gmatch", "gsub", "len", "lower", "match", "rep",
      "reverse", "sub", "upper" }) do
    S.item("string." .. n)
    S.eq(type(string[n]), "function", "string." .. n .. " exists")
  end
end)
S.group("debug.debug", function()
  local names = { "debug", "getfenv", "gethook", "getinfo", "getlocal", "getmetatable", "getregistry", "getupvalue", "setfenv",
    "sethook", "setlocal", "setmetatable", "setupvalue", "traceback" }
  for _, n in ipairs(names) do S.item("debug." .. n) S.eq(type(debug[n]), "function", "debug." .. n .. " exists") end
end)
S.group("os.clock", function()
  for _, n in ipairs({ "clock", "date", "difftime", "execute", "exit", "getenv", "remove", "rename", "setlocale", "time", "tmpname" }) do
    S.item("os." .. n) S.eq(type(os[n]), "function", "os." .. n .. " exists")
  end
end)
S.group("io.close", function()
  for _, n in ipairs({ "close", "flush", "input", "lines", "open", "output", "popen", "read", "tmpfile", "type", "write" }) do
    S.item("io." .. n) S.eq(type(io[n]), "function", "io." .. n .. " exists")
  end
  for _, n in ipairs({ "close", "flush", "lines", "read", "seek", "setvbuf", "write" }) do
    S.item("file:" .. n) S.eq(type(io.stdout[n]), "function", "file:" .. n .. " exists")
  end
end)
S.done()

-- §6 more of the stand-alone interpreter: option order, '--', '-', os.exit, arg, LUA_INIT, debug.debug
local S = require "spec"

local LUA = os.getenv("SPEC_LUA") or (arg and arg[-1]) or "lua5.1"
local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local tmp = S.tmpname()
local outf, errf, stf, inf = tmp .. ".out", tmp .. ".err", tmp .. ".st", tmp .. ".in"
local function slurp(n) local f = io.open(n, "rb") if not f then return nil end local d = f:read("*a") f:close() return d end
local function spit(n, d) local f = assert(io.open(n, "wb")) f:write(d) f:close() end
local function run(args, input, env)
  local stdin = "/dev/null"
  if input then spit(inf, input) stdin = inf end
  os.execute("cd /tmp && " .. (env or "") .. " " .. LUA .. " " .. args .. " <" .. stdin .. " >" .. outf .. " 2>" .. errf ..
    "; echo $? >" .. stf)
  return slurp(outf), slurp(errf), tonumber(slurp(stf))
end
local function noprog(s) return (s:gsub("^[^\n]-: ", "", 1)) end
local script = tmp .. "_s.lua"
local function scriptfile(code) spit(script, code) return q(script) end

S.group("standalone --", function()
  local out, err, st = run("-e " .. q("io.write('e ')") .. " -- " .. scriptfile("print(...)") .. " -v")
  S.rets({"e -v\n", 0}, "-e before --, option-like arguments after the script", out, st)
  out, err, st = run("--", "print('stdin after --')")
  S.rets({"stdin after --\n", 0}, "-- alone: stdin is run", out, st)
  out = run("-- " .. scriptfile("print(arg[-1])"))
  S.eq(out, "--\n", "-- is at arg[-1]")
end)

S.group("standalone -", function()
  local out, err, st = run("-", "io.write(select('#', ...))")
  S.rets({"0", 0}, "- without arguments", out, st)
  out, err, st = run("-", "error('from stdin')")
  S.eq(noprog(err):match("^[^\n]*"), "stdin:1: from stdin", "chunk name of standard input is stdin")
  S.eq(st, 1, "error status")
  out = run("- a", "print(arg[0], arg[1])")
  S.eq(out, "-\ta\n", "arg[0] is '-'")
end)

S.group("standalone unknown option", function()
  local out, err, st = run("-x")
  S.rets({1, ""}, "-x is not an option: status 1, nothing on stdout", st, out)
  S.ok(err:find("-l name", 1, true) ~= nil, "usage lists the options")
end)

S.group("standalone arg", function()
  local out = run(scriptfile("print(#arg, arg[1], arg[2], arg[3])") .. " 1 '' 'x y'")
  S.eq(out, "3\t1\t\tx y\n", "arguments are strings, empty ones kept")
  out = run(scriptfile("print(type(arg[1]))") .. " 42")
  S.eq(out, "string\n", "numeric arguments stay strings")
  out = run("-l string " .. scriptfile("print(arg[-2], arg[-1])"))
  S.eq(out, "-l\tstring\n", "-l name recorded in arg")
  out = run(scriptfile("print(... == arg[1], select('#', ...) == #arg)") .. " p q")
  S.eq(out, "true\ttrue\n", "... and arg agree")
end)

S.group({"os.exit", "standalone script"}, function()
  local out, err, st = run("-e " .. q("os.exit(5)"))
  S.eq(st, 5, "os.exit(5) from -e")
  out, err, st = run("-e " .. q("os.exit(0)"))
  S.eq(st, 0, "os.exit(0)")
  out, err, st = run("-e " .. q("print('before') os.exit(2) print('after')"))
  S.rets({"before\n", 2}, "nothing runs after os.exit", out, st)
  out, err, st = run("-e " .. q("os.exit(true)"))
  S.eq(st, 1, "os.exit(true) is an error in 5.1 (number expected)")
  S.eq(noprog(err):match("^[^\n]*"), "(command line):1: bad argument #1 to 'exit' (number expected, got boolean)", "its message")
  out, err, st = run("-e " .. q("coroutine.wrap(function() os.exit(4) end)()"))
  S.eq(st, 4, "os.exit inside a coroutine")
end)

S.group("standalone LUA_INIT", function()
  local out, err, st = run(scriptfile("print(from_init)"), nil, "LUA_INIT=" .. q("from_init = 'set'"))
  S.rets({"set\n", 0}, "LUA_INIT runs before a script", out, st)
  out, err, st = run("-e " .. q("print(1)"), nil, "LUA_INIT=" .. q("@/nonexistent/init.lua"))
  S.rets({"", 1}, "missing LUA_INIT file: error, nothing runs", out, st)
  S.eq(noprog(err), "cannot open /nonexistent/init.lua: No such file or directory\n", "message")
  out, err, st = run("-e " .. q("print(1)"), nil, "LUA_INIT=" .. q("error('init failed')"))
  S.eq(noprog(err):match("^[^\n]*"), "LUA_INIT:1: init failed", "runtime error in LUA_INIT")
end)

S.group("standalone -v", function()
  local out, err, st = run("-v " .. scriptfile("print('script')"))
  S.rets({"script\n", 0}, "-v then a script", out, st)
  S.eq(err, "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio\n", "version line")
end)

S.group("standalone -l", function()
  spit(tmp .. "_first.lua", "io.write('first ')")
  spit(tmp .. "_second.lua", "io.write('second ')")
  local out = run("-l first -e " .. q("io.write('e ')") .. " -l second -e " .. q("print()"), nil, "LUA_PATH=" .. q(tmp .. "_?.lua"))
  S.eq(out, "first e second \n", "-l and -e run in command-line order")
  os.remove(tmp .. "_first.lua") os.remove(tmp .. "_second.lua")
end)

S.group({"standalone debug.debug", "debug.debug"}, function()
  local out, err = run("-e " .. q("local x = 5 debug.debug()"), "io.write('v=', tostring(x))\ncont\n")
  S.eq(out, "v=nil", "debug commands run as separate chunks (locals are not visible)")
  out, err = run("-e " .. q("debug.debug()"), "")
  S.eq(err, "lua_debug> ", "end of input ends debug.debug")
end)

for _, n in ipairs({ outf, errf, stf, inf, script }) do os.remove(n) end
S.done()

-- §6 the stand-alone interpreter. Spawns the interpreter under test, named by the SPEC_LUA environment
-- variable (the runner sets it; default: the interpreter running this file, arg[-1], else "lua5.1").
-- Messages on stderr start with the program name ("lua5.1: ", "jlua: "): that prefix is stripped.
local S = require "spec"

local LUA = os.getenv("SPEC_LUA") or (arg and arg[-1]) or "lua5.1"
local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local tmp = S.tmpname()
local outf, errf, stf, inf = tmp .. ".out", tmp .. ".err", tmp .. ".st", tmp .. ".in"
local function slurp(n) local f = io.open(n, "rb") if not f then return nil end local d = f:read("*a") f:close() return d end
local function spit(n, d) local f = assert(io.open(n, "wb")) f:write(d) f:close() end

-- run(args [, stdin text [, env prefix]]) -> stdout, stderr, exit status
local function run(args, input, env)
  local stdin = "/dev/null"
  if input then spit(inf, input) stdin = inf end
  os.execute("cd /tmp && " .. (env or "") .. " " .. LUA .. " " .. args .. " <" .. stdin .. " >" .. outf .. " 2>" .. errf ..
    "; echo $? >" .. stf)
  return slurp(outf), slurp(errf), tonumber(slurp(stf))
end
local function noprog(s) return (s:gsub("^[^\n]-: ", "", 1)) end
local script = tmp .. "_script.lua"
local function scriptfile(code) spit(script, code) return script end

S.group("standalone -e", function()
  local out, err, st = run("-e " .. q("print(1 + 1)"))
  S.rets({"2\n", "", 0}, "-e runs a statement", out, err, st)
  out, err, st = run("-e " .. q("io.write('a')") .. " -e " .. q("io.write('b')"))
  S.rets({"ab", 0}, "several -e in order", out, st)
  out, err, st = run("-e" .. q("io.write('joined')"))
  S.rets({"joined", 0}, "-estat without a space", out, st)
  out, err, st = run("-e " .. q("x ="))
  S.eq(st, 1, "syntax error: exit status 1")
  S.eq(noprog(err), "(command line):1: unexpected symbol near '<eof>'\n", "syntax error message on stderr, chunk '(command line)'")
  S.eq(out, "", "nothing on stdout")
  out, err, st = run("-e " .. q("print(arg)"))
  S.rets({"nil\n", 0}, "no script: no arg table", out, st)
  out, err, st = run("-e " .. q("error('boom')"))
  S.eq(st, 1, "runtime error: exit status 1")
  S.eq(noprog(err), "(command line):1: boom\nstack traceback:\n\t[C]: in function 'error'\n\t(command line):1: in main chunk\n\t[C]: ?\n",
    "runtime error: message and 5.1 traceback on stderr")
  out, err, st = run("-e")
  S.eq(st, 1, "-e without an argument: usage error, status 1")
  S.ok(err:find("usage: ", 1, true) ~= nil, "usage text on stderr")
end)

S.group("standalone script", function()
  local out, err, st = run(q(scriptfile("print(select('#', ...), ...)")) .. " a 'b c'")
  S.rets({"2\ta\tb c\n", 0}, "script receives its arguments as ...", out, st)
  out, err, st = run(q(scriptfile("#!/usr/bin/env lua\nprint('shebang skipped')")))
  S.rets({"shebang skipped\n", 0}, "first line starting with # is skipped", out, st)
  out, err, st = run(q(scriptfile("os.exit(3)")))
  S.eq(st, 3, "os.exit(3)")
  out, err, st = run(q(scriptfile("os.exit()")))
  S.eq(st, 0, "os.exit() is success")
  out, err, st = run(q(scriptfile("os.exit(256 + 7)")))
  S.eq(st, 7, "status taken modulo 256 by the system")
  out, err, st = run(q(scriptfile("io.write('flushed') os.exit(0)")))
  S.eq(out, "flushed", "os.exit flushes standard output")
  out, err, st = run(q(scriptfile("print('end')")))
  S.eq(st, 0, "normal end: status 0")
  out, err, st = run(q(scriptfile("\nlocal x = nil\nprint(x.field)")))
  S.eq(st, 1, "error: status 1")
  S.eq(noprog(err), script .. ":3: attempt to index local 'x' (a nil value)\nstack traceback:\n\t" .. script ..
    ":3: in main chunk\n\t[C]: ?\n", "error message and traceback name the script")
  out, err, st = run(q(scriptfile("x = = 1")))
  S.eq(noprog(err), script .. ":1: unexpected symbol near '='\n", "syntax error in the script: message only")
  S.eq(st, 1, "syntax error: status 1")
  out, err, st = run(q(scriptfile("error({})")))
  S.rets({"(error object is not a string)\n", 1}, "non-string error object", noprog(err), st)
  out, err, st = run(q(scriptfile("error()")))
  S.rets({"", 1}, "nil error object: nothing printed, status 1", err, st)
  out, err, st = run(q("/nonexistent/script.lua"))
  S.rets({"cannot open /nonexistent/script.lua: No such file or directory\n", 1}, "missing script", noprog(err), st)
  out, err, st = run(q(scriptfile("io.stderr:write('to stderr\\n') io.stdout:write('to stdout\\n')")))
  S.rets({"to stdout\n", "to stderr\n"}, "io.stderr and io.stdout are separate streams", out, err)
  out, err, st = run(q(scriptfile("local p = newproxy(true) getmetatable(p).__gc = function() print('gc at exit') end keep = p")))
  S.rets({"gc at exit\n", 0}, "finalisers run when the state is closed at exit", out, st)
end)

S.group("standalone arg", function()
  local code = "for i = -2, #arg do io.write(i, '=', tostring(arg[i]), ' ') end print(#arg, arg.n)"
  local out, err, st = run("-e " .. q("x=1") .. " " .. q(scriptfile(code)) .. " a b")
  S.eq(out, "-2=-e -1=x=1 0=" .. script .. " 1=a 2=b 2\tnil\n", "options at negative indices, script at 0, arguments from 1")
  out = run(q(scriptfile("local i = -1 while arg[i - 1] do i = i - 1 end print(type(arg[i]), i)")))
  S.eq(out, "string\t-1\n", "the interpreter is at the lowest index (-1 with no options)")
  out = run("-- " .. q(scriptfile("print(arg[-1], arg[1])")) .. " q")
  S.eq(out, "--\tq\n", "-- is kept in arg")
end)

S.group("standalone -", function()
  local out, err, st = run("- x y", "print('stdin', ...)")
  S.rets({"stdin\tx\ty\n", 0}, "- runs standard input with arguments", out, st)
  out, err, st = run("", "print('piped')")
  S.rets({"piped\n", 0}, "no arguments and a pipe on stdin: runs stdin", out, st)
  out, err, st = run("- -e", "print(...)")
  S.rets({"-e\n", 0}, "options after - are script arguments", out, st)
end)

S.group("standalone --", function()
  local out, err, st = run("-- " .. q(scriptfile("print(...)")) .. " -e")
  S.rets({"-e\n", 0}, "-- stops option handling", out, st)
end)

S.group("standalone -l", function()
  local dir = tmp .. "_mods"
  spit(tmp .. "_lmod.lua", "lmod_loaded = 'yes' return {}")
  local out, err, st = run("-l lmod -e " .. q("print(lmod_loaded, type(package.loaded.lmod))"), nil,
    "LUA_PATH=" .. q(tmp .. "_?.lua"))
  S.rets({"yes\ttable\n", 0}, "-l requires the module before -e", out, st)
  out, err, st = run("-l nomod_spec -e 1", nil, "LUA_PATH=" .. q(tmp .. "_?.lua") .. " LUA_CPATH=" .. q(tmp .. "_?.so"))
  S.eq(st, 1, "missing module: status 1")
  S.eq(noprog(err), "module 'nomod_spec' not found:\n\tno field package.preload['nomod_spec']\n\tno file '" .. tmp ..
    "_nomod_spec.lua'\n\tno file '" .. tmp .. "_nomod_spec.so'\nstack traceback:\n\t[C]: ?\n\t[C]: ?\n", "missing module message")
  os.remove(tmp .. "_lmod.lua")
end)

S.group("standalone -v", function()
  local out, err, st = run("-v")
  S.eq(st, 0, "status 0")
  S.eq(err, "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio\n", "version on stderr")
  S.eq(out, "", "nothing on stdout, no REPL")
  out, err, st = run("-v -e " .. q("print('after')"))
  S.rets({"after\n", 0}, "-v then -e", out, st)
end)

S.group("standalone -i", function()
  -- readline (Debian's lua5.1) echoes the input lines when stdin is not a terminal: drop the echo and newlines
  local function norm(out, input)
    for line in input:gmatch("[^\n]+") do out = out:gsub(line:gsub("%p", "%%%0") .. "\n", "", 1) end
    return (out:gsub("\n", ""))
  end
  local input = "=1+1\nx = {\n1}\n=x[1]\nprint('a')\n"
  local out, err, st = run("-i", input)
  S.eq(norm(out, input), "> 2> >> > 1> a> ", "REPL: prompts, =expr, continuation lines")
  S.eq(st, 0, "status 0 at end of input")
  S.eq(err, "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio\n", "banner on stderr")
  input = "error('x')\nprint('goes on')\n"
  out, err = run("-i", input)
  S.eq(norm(out, input), "> > goes on> ", "REPL continues after an error")
  S.eq(err:match("\n(.*)$"), "stdin:1: x\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: ?\n",
    "errors in the REPL use chunk name stdin, without the program name")
end)

S.group("standalone unknown option", function()
  local out, err, st = run("-z")
  S.eq(st, 1, "status 1")
  S.ok(err:find("usage: ", 1, true) ~= nil and err:find("-e stat", 1, true) ~= nil, "usage on stderr")
end)

S.group("standalone LUA_INIT", function()
  local out, err, st = run("-e " .. q("print('e')"), nil, "LUA_INIT=" .. q("print('init')"))
  S.rets({"init\ne\n", 0}, "LUA_INIT code runs first", out, st)
  spit(tmp .. "_init.lua", "print('init file')")
  out, err, st = run("-e " .. q("print('e')"), nil, "LUA_INIT=" .. q("@" .. tmp .. "_init.lua"))
  S.rets({"init file\ne\n", 0}, "LUA_INIT=@file runs the file", out, st)
  out, err, st = run("-e " .. q("print('e')"), nil, "LUA_INIT=" .. q("x ="))
  S.rets({"", "LUA_INIT:1: unexpected symbol near '<eof>'\n", 1}, "error in LUA_INIT: chunk name LUA_INIT, nothing else runs",
    out, noprog(err), st)
  out, err, st = run("-e " .. q("print(init_global)"), nil, "LUA_INIT=" .. q("init_global = 42"))
  S.eq(out, "42\n", "LUA_INIT shares the global state")
  os.remove(tmp .. "_init.lua")
end)

S.group("standalone LUA_PATH", function()
  local out = run("-e " .. q("print(package.path)"), nil, "env -u LUA_PATH")
  for _, p in ipairs({ "./?.lua", "/usr/local/share/lua/5.1/?.lua", "/usr/local/share/lua/5.1/?/init.lua",
      "/usr/share/lua/5.1/?.lua", "/usr/share/lua/5.1/?/init.lua" }) do
    S.ok((";" .. out:gsub("\n$", "") .. ";"):find(";" .. p .. ";", 1, true) ~= nil, "default package.path contains " .. p)
  end
  out = run("-e " .. q("print(package.path)"), nil, "LUA_PATH='/x/?.lua'")
  S.eq(out, "/x/?.lua\n", "LUA_PATH replaces the path")
  out = run("-e " .. q("print(package.path:sub(1, 9), package.path:find(';;', 1, true))"), nil, "LUA_PATH='/x/?.lua;;'")
  S.eq(out, "/x/?.lua;\tnil\n", ";; is replaced by the default path")
end)

S.group({"standalone debug.debug", "debug.debug"}, function()
  local out, err, st = run("-e " .. q("debug.debug() print('after')"), "print('in debug')\ncont\n")
  S.rets({"in debug\nafter\n", 0}, "debug.debug reads commands until cont", out, st)
  S.eq(err, "lua_debug> lua_debug> ", "prompt on stderr")
  out, err = run("-e " .. q("debug.debug()"), "error('oops')\ncont\n")
  S.eq(err, "lua_debug> (debug command):1: oops\nlua_debug> ", "errors in debug commands are printed, the loop goes on")
end)

for _, n in ipairs({ outf, errf, stf, inf, script }) do os.remove(n) end
S.done()

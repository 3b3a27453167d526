-- §5.3 modules: require, module, package.* (module files are written next to an os.tmpname() name)
local S = require "spec"

local base = S.tmpname()           -- e.g. /tmp/lua_XXXXXX ; modules live at base .. "_<name>.lua"
local created = {}
local function writemod(name, code)
  local path = base .. "_" .. name .. ".lua"
  local f = assert(io.open(path, "w")) f:write(code) f:close()
  created[#created + 1] = path
  return path
end
local savedpath, savedcpath = package.path, package.cpath
package.path = base .. "_?.lua"
package.cpath = base .. "_?.so"

S.group("require", function()
  writemod("m1", "count_m1 = (count_m1 or 0) + 1 return { name = ..., n = select('#', ...) }")
  local m = require("m1")
  S.eq(type(m), "table", "returns the module's value")
  S.eq(m.name, "m1", "the chunk receives the module name")
  S.eq(m.n, 1, "exactly one argument")
  S.eq(package.loaded.m1, m, "stored in package.loaded")
  S.eq(require("m1"), m, "second require returns the cached value")
  S.eq(count_m1, 1, "the file runs once")
  count_m1 = nil
  writemod("m2", "x_m2 = 1")
  S.eq(require("m2"), true, "a module returning nothing gives true")
  S.eq(package.loaded.m2, true, "true stored in package.loaded")
  x_m2 = nil
  writemod("m3", "package.loaded['m3'] = 'set by module' return nil")
  S.eq(require("m3"), "set by module", "a module may set package.loaded itself")
  writemod("m4", "return false")
  S.eq(require("m4"), false, "5.1: a false result is stored and returned")
  package.loaded.m5 = "preset"
  S.eq(require("m5"), "preset", "already in package.loaded: file not searched")
  package.loaded.m5 = nil
  writemod("merr", "error('failing module')")
  local ok, e = pcall(require, "merr")
  S.eq(ok, false, "errors in the module propagate")
  S.eq(e, base .. "_merr.lua:1: failing module", "error message")
  S.eq(type(package.loaded.merr), "userdata", "5.1 leaves its loading sentinel in package.loaded after an error")
  S.err(require, "loop or previous error loading module 'merr'", "requiring it again reports a previous error", "merr")
  package.loaded.merr = nil
  writemod("msyntax", "x = = 1")
  S.err(require, "error loading module 'msyntax' from file '" .. base .. "_msyntax.lua':\n\t" .. base ..
    "_msyntax.lua:1: unexpected symbol near '='", "syntax error in a module", "msyntax")
  S.err(require, "module 'nope' not found:\n\tno field package.preload['nope']\n\tno file '" .. base .. "_nope.lua'\n\tno file '" ..
    base .. "_nope.so'", "not found: every place searched is listed", "nope")
  S.err(require, "module 'a.b' not found:\n\tno field package.preload['a.b']\n\tno file '" .. base .. "_a/b.lua'\n\tno file '" ..
    base .. "_a/b.so'\n\tno file '" .. base .. "_a.so'", "dots become directory separators; all-in-one loader tries the root", "a.b")
  S.errp(function() require("nope") end, "module 'nope' not found:\n\tno field package.preload['nope']\n\tno file '" .. base ..
    "_nope.lua'\n\tno file '" .. base .. "_nope.so'", "message with the caller's position")
  writemod("loop", "require('loop') return 1")
  S.err(require, base .. "_loop.lua:1: loop or previous error loading module 'loop'", "require loop detected", "loop")
  package.loaded.loop = nil
  package.loaded.fals = false
  writemod("fals", "return 'loaded anyway'")
  S.eq(require("fals"), "loaded anyway", "package.loaded[name] = false counts as not loaded")
end)

S.group("package.preload", function()
  S.eq(type(package.preload), "table", "a table")
  package.preload.pre = function(...) return "preloaded:" .. select(1, ...), "second" end
  S.rets({"preloaded:pre"}, "preload function called with the name; require returns one value", require("pre"))
  S.eq(package.loaded.pre, "preloaded:pre", "result cached")
  package.preload.pre = nil package.loaded.pre = nil
end)

S.group("package.loaded", function()
  S.eq(package.loaded.string, string, "string library") S.eq(package.loaded._G, _G, "_G")
  S.eq(package.loaded.coroutine, coroutine, "coroutine") S.eq(package.loaded.table, table, "table") S.eq(package.loaded.io, io, "io")
  S.eq(package.loaded.os, os, "os") S.eq(package.loaded.math, math, "math") S.eq(package.loaded.debug, debug, "debug")
  S.eq(package.loaded.package, package, "package")
  S.eq(require("string"), string, "require of a preloaded library")
end)

S.group("package.loaders", function()
  S.eq(#package.loaders, 4, "four searchers: preload, Lua, C, all-in-one")
  for i = 1, 4 do S.eq(type(package.loaders[i]), "function", "searcher " .. i .. " is a function") end
  S.eq(type(package.loaders[1]("string")), "string", "preload searcher returns a message when not found")
  S.eq(package.loaders[1]("x"), "\n\tno field package.preload['x']", "its message")
  writemod("viasearcher", "return 'found'")
  local loader = package.loaders[2]("viasearcher")
  S.eq(type(loader), "function", "Lua searcher returns a loader")
  S.eq(loader("viasearcher"), "found", "the loader runs the file")
  S.eq(package.loaders[2]("absent"), "\n\tno file '" .. base .. "_absent.lua'", "Lua searcher message")
  table.insert(package.loaders, 2, function(name) if name == "virtual" then return function() return "virtual module" end end
    return "\n\tno virtual '" .. name .. "'" end)
  S.eq(require("virtual"), "virtual module", "custom searcher")
  S.err(require, "module 'zz' not found:\n\tno field package.preload['zz']\n\tno virtual 'zz'\n\tno file '" .. base ..
    "_zz.lua'\n\tno file '" .. base .. "_zz.so'", "custom searcher message included", "zz")
  table.remove(package.loaders, 2)
  package.loaded.virtual = nil
end)

S.group("package.path", function()
  S.eq(type(savedpath), "string", "a string")
  S.ok(savedpath:find(";", 1, true) ~= nil, "a ;-separated list")
  package.path = base .. "_?.lua;" .. base .. "_alt_?.lua"
  writemod("alt_second", "return 'second template'")
  S.eq(require("second"), "second template", "templates tried in order")
  package.path = {}
  S.err(function() require("q") end, "'package.path' must be a string", "package.path must be a string (raised inside require: no position)")
  package.path = base .. "_?.lua"
end)

S.group("package.cpath", function()
  S.eq(type(savedcpath), "string", "a string")
end)

S.group("package.config", function()
  S.eq(package.config, "/\n;\n?\n!\n-", "directory separator, path separator, mark, exec dir, ignore mark")
end)

S.group("package.loadlib", function()
  S.rets({nil, "/nonexistent.so: cannot open shared object file: No such file or directory", "open"}, "missing library",
    package.loadlib("/nonexistent.so", "f"))
  local p = writemod("notalib", "return 1")
  local r = S.pack(package.loadlib(p, "f"))
  S.eq(r[1], nil, "not a library: nil") S.eq(r[3], "open", "third value 'open'")
end)

S.group("module", function()
  writemod("modA", [[
module("modA")
value = 42
function get() return value end
]])
  local m = require("modA")
  S.eq(type(m), "table", "module table returned by require")
  S.eq(m.value, 42, "globals of the module are its fields")
  S.eq(m.get(), 42, "functions see the module's globals")
  S.eq(m._NAME, "modA", "_NAME") S.eq(m._M, m, "_M") S.eq(m._PACKAGE, "", "_PACKAGE of a top-level module")
  S.eq(modA, m, "module creates a global with the module name")
  S.eq(m.print, nil, "without package.seeall the module does not see globals")
  S.eq(rawget(_G, "value"), nil, "no global leak")
  modA = nil package.loaded.modA = nil
  writemod("modB", [[
module("deep.name.modB", package.seeall)
function hello() return type(print) end
]])
  S.eq(require("modB"), true, "module() under another name: require returns true")
  local b = deep.name.modB
  S.eq(b.hello(), "function", "package.seeall gives access to globals")
  S.eq(b._NAME, "deep.name.modB", "dotted _NAME") S.eq(b._PACKAGE, "deep.name.", "_PACKAGE")
  S.eq(deep.name.modB, b, "nested global tables created")
  S.eq(package.loaded["deep.name.modB"], b, "package.loaded uses the full name")
  S.eq(package.loaded.modB, true, "the required name gets true (module returned nothing)")
  deep = nil package.loaded["deep.name.modB"] = nil package.loaded.modB = nil
  writemod("modC", [[
local function opt(m) m.optioned = true end
module("modC", opt, package.seeall)
]])
  local c = require("modC")
  S.eq(c.optioned, true, "options are functions applied to the module")
  modC = nil package.loaded.modC = nil
  local existing = { keep = 1 }
  package.loaded.modD = existing
  local f = loadstring("module('modD') return _M")
  S.eq(f(), existing, "module reuses package.loaded[name]")
  package.loaded.modD = nil modD = nil
  local viaC = loadstring("return pcall(module, 'spec_mod_via_c')")
  S.rets({false, "'module' not called from a Lua function"}, "module called directly from C (pcall)", viaC())
  spec_mod_via_c = nil package.loaded.spec_mod_via_c = nil
end)

S.group("package.seeall", function()
  local t = {}
  package.seeall(t)
  S.eq(getmetatable(t).__index, _G, "sets __index to _G")
  S.eq(t.print, print, "globals visible")
  local m = setmetatable({}, {})
  package.seeall(m)
  S.eq(getmetatable(m).__index, _G, "keeps an existing metatable")
end)

package.path, package.cpath = savedpath, savedcpath
for _, p in ipairs(created) do os.remove(p) end
S.done()

-- spec.lua: the reporting helper of the jlua Lua 5.1 conformance suite.
-- Plain Lua 5.1. Reporting needs only print, pcall, select, type, tostring, pairs and string concatenation;
-- string.gsub/format, debug.getinfo and io.stdout:setvbuf are used when they work, so an interpreter with
-- half its libraries still gets its result lines.
--
-- Output contract (one line per assertion, then one trailer line):
--   ok <n> <tags>: <description>
--   not ok <n> <tags>: <description> -- <file>:<line>: <reason>
--   1..<n>                                  (written by S.done(); its absence means the file did not finish)
-- Lines starting with '#' are comments. <tags> is a comma-separated list of coverage items (see COVERAGE.md).

local S = {}

local count, failed = 0, 0
local zero = 0
--- Negative zero, computed at run time (a literal -0 may share the constant slot of 0: see README-suite.md).
S.negzero = -zero
local tags = "misc"
local select, type, tostring, pcall, print = select, type, tostring, pcall, print
local loadstring, unpack = loadstring, unpack
local debug_getinfo = type(debug) == "table" and debug.getinfo
local strlib = type(string) == "table" and string or {}
local sformat, sgsub, sbyte = strlib.format, strlib.gsub, strlib.byte

-- Line-buffer stdout so that a file killed by a timeout still shows the results it reached.
pcall(function() io.stdout:setvbuf("line") end)

local mysource
if debug_getinfo then
  local info = debug_getinfo(1, "S")
  if type(info) == "table" then mysource = info.source end
end

-- Make any string safe for a single output line.
local function clean(s)
  s = tostring(s)
  local ok, r = pcall(sgsub, s, "[%c\\]", function(c)
    if c == "\\" then return "\\\\" end
    if c == "\n" then return "\\n" end
    if c == "\t" then return "\\t" end
    return "\\" .. sbyte(c)
  end)
  return ok and r or s   -- an interpreter without a working gsub still gets its result lines
end
S.clean = clean

-- Describe a value for messages: strings quoted, numbers with full precision.
local function show(v)
  local t = type(v)
  if t == "string" then
    if #v > 120 then pcall(function() v = v:sub(1, 120) .. "..." end) end
    return '"' .. clean(v) .. '"'
  elseif t == "number" then
    if v ~= v then return "nan" end
    if v == 0 and 1 / v < 0 then return "-0" end
    local ok, r = pcall(sformat, "%.17g", v)
    return ok and r or tostring(v)
  elseif t == "table" or t == "function" or t == "thread" or t == "userdata" then
    return t
  end
  return tostring(v)
end
S.show = show

-- Where in the test file the current assertion is: first frame outside this helper.
local function where1()
  for level = 1, 40 do
    local info = debug_getinfo(level, "Sl")
    if type(info) ~= "table" then break end
    if info.source ~= mysource and info.what ~= "C" and info.what ~= "tail" and info.short_src and info.short_src ~= "t"
       and info.short_src ~= "[C]" then
      return tostring(info.short_src) .. ":" .. tostring(info.currentline)
    end
  end
  return "?"
end
local function where()
  if not debug_getinfo then return "?" end
  local ok, w = pcall(where1)
  return ok and w or "?"
end

local function report(pass, desc, reason)
  count = count + 1
  local name = tags .. ": " .. clean(desc or "")
  if pass then
    print("ok " .. count .. " " .. name)
  else
    failed = failed + 1
    print("not ok " .. count .. " " .. name .. " -- " .. where() .. ": " .. clean(reason or "failed"))
  end
  return pass
end
S.report = report

--- Set the coverage items that the following assertions exercise: S.item("string.rep") or S.item("while", "break").
function S.item(...)
  local t = ""
  for i = 1, select("#", ...) do t = t .. (i > 1 and "," or "") .. tostring((select(i, ...))) end
  tags = t
end

--- Run fn with the given items as tags; an unexpected error inside is reported as one failed assertion.
function S.group(items, fn)
  local saved = tags
  if type(items) == "table" then
    local t = ""
    for i = 1, #items do t = t .. (i > 1 and "," or "") .. tostring(items[i]) end
    tags = t
  else
    S.item(items)
  end
  local ok, err = pcall(fn)
  if not ok then report(false, "group finished without error", "unexpected error: " .. tostring(err)) end
  tags = saved
end

-- Identity with sign of zero and NaN taken into account.
local function same(a, b)
  if type(a) ~= type(b) then return false end
  if type(a) == "number" then
    if a ~= a then return b ~= b end
    if a == 0 and b == 0 then return 1 / a == 1 / b end
  end
  return a == b
end
S.same = same

--- got must equal expected (same type; numbers: NaN equals NaN, 0 and -0 differ).
function S.eq(got, expected, desc)
  return report(same(got, expected), desc, "expected " .. show(expected) .. " got " .. show(got))
end

--- got must be a number within a relative (or absolute, near 0) distance of 1e-12 from expected.
function S.near(got, expected, desc)
  local pass = type(got) == "number" and (got == expected or math.abs(got - expected) <= 1e-12 * math.max(1, math.abs(expected)))
  return report(pass, desc, "expected about " .. show(expected) .. " got " .. show(got))
end

--- got must not equal value.
function S.ne(got, value, desc)
  return report(not same(got, value), desc, "expected a value different from " .. show(value))
end

--- cond must be true (exactly true or any truthy value).
function S.ok(cond, desc)
  return report(cond and true or false, desc, "expected a true value got " .. show(cond))
end

-- Length of an expected-values list: its field n, else its highest positive integer key (not #, whose
-- border is ambiguous when the list holds nils, e.g. {nil, "message"}).
local function listlen(t)
  if t.n then return t.n end
  local m = 0
  for k in pairs(t) do if type(k) == "number" and k > m then m = k end end
  return m
end

--- pack results with their count
function S.pack(...)
  return { n = select("#", ...), ... }
end

local function showlist(t)
  local out = ""
  for i = 1, t.n do out = out .. (i > 1 and ", " or "") .. show(t[i]) end
  return "(" .. out .. ")"
end
S.showlist = showlist

--- The values after desc must be exactly those of expected (a list; set expected.n when it ends in nils).
function S.rets(expected, desc, ...)
  local got = S.pack(...)
  local n = listlen(expected)
  local pass = got.n == n
  if pass then
    for i = 1, n do if not same(got[i], expected[i]) then pass = false end end
  end
  local e = { n = n }
  for i = 1, n do e[i] = expected[i] end
  return report(pass, desc, "expected " .. showlist(e) .. " got " .. showlist(got))
end

--- fn(...) must raise an error whose value is exactly expected.
function S.err(fn, expected, desc, ...)
  local r = S.pack(pcall(fn, ...))
  if r[1] then return report(false, desc, "expected error " .. show(expected) .. " but call succeeded") end
  return report(same(r[2], expected), desc, "expected error " .. show(expected) .. " got " .. show(r[2]))
end

--- fn(...) must raise a string error "<somewhere>:<line>: expected" (position prefix required, any chunk).
function S.errp(fn, expected, desc, ...)
  local r = S.pack(pcall(fn, ...))
  if r[1] then return report(false, desc, "expected error " .. show(expected) .. " but call succeeded") end
  local msg = r[2]
  if type(msg) ~= "string" then return report(false, desc, "error value is a " .. type(msg)) end
  local rest = msg:match("^[^\n]-:%d+: (.*)$")
  if not rest then return report(false, desc, "no position prefix in " .. show(msg)) end
  return report(rest == expected, desc, "expected error " .. show(expected) .. " got " .. show(rest))
end

--- fn(...) must raise an error; returns the error value (no assertion counted for the value).
function S.catch(fn, ...)
  local ok, e = pcall(fn, ...)
  if ok then return nil end
  return e
end

-- Compile code as chunk "=t" (so messages read "t:1: ...").
local function compile(code, name)
  local f, e = loadstring(code, name or "=t")
  return f, e
end
S.compile = compile

--- Run code (chunk name "t") and compare all returned values with expected (list).
function S.run(code, expected, desc)
  local f, e = compile(code)
  if not f then return report(false, desc or code, "does not compile: " .. tostring(e)) end
  local got = S.pack(pcall(f))
  if not got[1] then return report(false, desc or code, "raised " .. show(got[2])) end
  local n = listlen(expected)
  local pass = got.n - 1 == n
  if pass then
    for i = 1, n do if not same(got[i + 1], expected[i]) then pass = false end end
  end
  local e2, g2 = { n = n }, { n = got.n - 1 }
  for i = 1, n do e2[i] = expected[i] end
  for i = 1, got.n - 1 do g2[i] = got[i + 1] end
  return report(pass, desc or code, "expected " .. showlist(e2) .. " got " .. showlist(g2))
end

--- Evaluate one expression (as 'return <expr>') and compare its single value.
function S.expr(expr, expected, desc)
  local f, e = compile("return " .. expr)
  if not f then return report(false, desc or expr, "does not compile: " .. tostring(e)) end
  local ok, v = pcall(f)
  if not ok then return report(false, desc or expr, "raised " .. show(v)) end
  return report(same(v, expected), desc or expr, "expected " .. show(expected) .. " got " .. show(v))
end

--- Run code (chunk name "t"); it must raise exactly the message expected (e.g. "t:1: attempt to ...").
function S.rerr(code, expected, desc)
  local f, e = compile(code)
  if not f then return report(false, desc or code, "does not compile: " .. tostring(e)) end
  local ok, v = pcall(f)
  if ok then return report(false, desc or code, "expected error " .. show(expected) .. " but it ran") end
  return report(same(v, expected), desc or code, "expected error " .. show(expected) .. " got " .. show(v))
end

--- Compiling code (chunk name "t") must fail with exactly the message expected.
function S.syntax(code, expected, desc)
  local f, e = compile(code)
  if f then return report(false, desc or code, "expected syntax error " .. show(expected) .. " but it compiled") end
  return report(e == expected, desc or code, "expected " .. show(expected) .. " got " .. show(e))
end

--- Code must compile (chunk name "t").
function S.compiles(code, desc)
  local f, e = compile(code)
  return report(f ~= nil, desc or code, "does not compile: " .. tostring(e))
end

--- Byte-exact string comparison, reporting the first differing byte.
function S.bytes(got, expected, desc)
  if got == expected then return report(true, desc) end
  if type(got) ~= "string" then return report(false, desc, "expected a string got " .. show(got)) end
  local i = 1
  while i <= #got and i <= #expected and got:byte(i) == expected:byte(i) do i = i + 1 end
  return report(false, desc, sformat("strings differ at byte %d (lengths %d/%d): expected %s got %s",
    i, #expected, #got, show(expected), show(got)))
end

--- A fresh temporary file name (removed at S.done()).
local temps = {}
function S.tmpname()
  local n = os.tmpname()
  temps[#temps + 1] = n
  return n
end

--- Print the trailer; call once at the end of every file.
function S.done()
  for i = 1, #temps do os.remove(temps[i]) end
  print("1.." .. count)
end

function S.counts() return count, failed end

return S

-- §2.11 coroutines: the manual's example, value passing, status transitions, errors inside coroutines
local S = require "spec"

S.group({"coroutine", "coroutine.resume"}, function()
  local out = {}
  local function p(...) local t = {} for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end out[#out + 1] = table.concat(t, " ") end
  local function foo(a)
    p("foo", a)
    return coroutine.yield(2 * a)
  end
  local co = coroutine.create(function(a, b)
    p("co-body", a, b)
    local r = foo(a + 1)
    p("co-body", r)
    local r, s = coroutine.yield(a + b, a - b)
    p("co-body", r, s)
    return b, "end"
  end)
  p("main", coroutine.resume(co, 1, 10))
  p("main", coroutine.resume(co, "r"))
  p("main", coroutine.resume(co, "x", "y"))
  p("main", coroutine.resume(co, "x", "y"))
  local expected = { "co-body 1 10", "foo 2", "main true 4", "co-body r", "main true 11 -9", "co-body x y",
    "main true 10 end", "main false cannot resume dead coroutine" }
  for i = 1, #expected do S.eq(out[i], expected[i], "manual example line " .. i) end
  S.eq(#out, #expected, "manual example line count")
end)

S.group({"coroutine", "coroutine.yield"}, function()
  local co = coroutine.create(function(...) return select("#", ...), ... end)
  S.rets({true, 3, 1, nil, 3}, "resume passes arguments to the body", coroutine.resume(co, 1, nil, 3))
  co = coroutine.create(function() return select("#", coroutine.yield()) end)
  coroutine.resume(co)
  S.rets({true, 2}, "resume values become yield results (nil counted)", coroutine.resume(co, nil, nil))
  co = coroutine.create(function() coroutine.yield(nil, nil) end)
  S.rets({true, nil, nil, n = 3}, "yield values become resume results", coroutine.resume(co))
  co = coroutine.create(function() coroutine.yield() end)
  S.rets({true}, "empty yield", coroutine.resume(co))
  S.rets({true}, "finished with no results", coroutine.resume(co))
  local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
  S.rets({1, 2, 3}, "generator", gen(), gen(), gen())
  local deep = coroutine.create(function()
    local function rec(n) if n == 0 then coroutine.yield("bottom") return 0 end return 1 + rec(n - 1) end
    return rec(50)
  end)
  S.rets({true, "bottom"}, "yield from nested Lua calls", coroutine.resume(deep))
  S.rets({true, 50}, "resume continues the nested calls", coroutine.resume(deep))
  local inpcall = coroutine.create(function()
    local ok, v = pcall(function() return coroutine.yield("in") end)
    return ok, v
  end)
  S.rets({true, false, "attempt to yield across metamethod/C-call boundary"},
    "5.1: yield inside pcall fails inside the pcall, the coroutine goes on", coroutine.resume(inpcall))
  S.eq(coroutine.status(inpcall), "dead", "and finishes")
end)

S.group({"coroutine", "coroutine.status"}, function()
  local co
  co = coroutine.create(function() S.eq(coroutine.status(co), "running", "running inside itself") coroutine.yield() end)
  S.eq(coroutine.status(co), "suspended", "new coroutine is suspended")
  coroutine.resume(co)
  S.eq(coroutine.status(co), "suspended", "suspended after yield")
  coroutine.resume(co)
  S.eq(coroutine.status(co), "dead", "dead after return")
  local outer
  outer = coroutine.create(function()
    local inner = coroutine.create(function() return coroutine.status(outer) end)
    return coroutine.resume(inner)
  end)
  S.rets({true, true, "normal"}, "a coroutine that resumed another is normal", coroutine.resume(outer))
  local bad = coroutine.create(function() error("oops") end)
  coroutine.resume(bad)
  S.eq(coroutine.status(bad), "dead", "dead after error")
end)

S.group({"coroutine", "coroutine.resume"}, function()
  local co = coroutine.create(function() error("inside") end)
  local ok, e = coroutine.resume(co)
  S.eq(ok, false, "error returns false")
  S.ok(type(e) == "string" and e:match("inside$") ~= nil, "error message returned")
  local t = {}
  co = coroutine.create(function() error(t) end)
  S.rets({false, t}, "error object returned as is", coroutine.resume(co))
  S.rets({false, "cannot resume dead coroutine"}, "resume a dead coroutine", coroutine.resume(co))
  local self
  self = coroutine.create(function() return coroutine.resume(self) end)
  S.rets({true, false, "cannot resume running coroutine"}, "resume the running coroutine", coroutine.resume(self))
  local main = coroutine.running()
  S.eq(main, nil, "coroutine.running() is nil in the main thread")
end)

S.group({"coroutine", "coroutine.wrap"}, function()
  local f = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
  S.eq(f(1), 2, "first call")
  S.eq(f(5), 10, "second call")
  S.err(f, "cannot resume dead coroutine", "third call: error propagated (called from pcall: no position)")
  local g = coroutine.wrap(function() error({ code = 1 }) end)
  local ok, e = pcall(g)
  S.eq(type(e), "table", "non-string errors propagate unchanged")
  local h = coroutine.wrap(function() error("msg", 0) end)
  S.err(h, "msg", "string error propagates (position of the caller added: none under pcall)")
  local w = S.compile("local f = coroutine.wrap(function() error('m', 0) end) f()")
  S.err(w, "t:1: m", "wrap adds the caller's position to string errors")
end)

S.group({"coroutine", "coroutine.yield"}, function()
  local co = coroutine.create(function()
    local t = setmetatable({}, { __index = function(t, k) return coroutine.yield(k) end })
    return t.x
  end)
  S.rets({false, "attempt to yield across metamethod/C-call boundary"}, "yield inside __index", coroutine.resume(co))
  co = coroutine.create(function() table.foreach({ 1 }, function() coroutine.yield() end) end)
  S.rets({false, "attempt to yield across metamethod/C-call boundary"}, "yield inside a C function callback", coroutine.resume(co))
  co = coroutine.create(function() return pcall(coroutine.yield, "through pcall") end)
  S.rets({true, false, "attempt to yield across metamethod/C-call boundary"}, "yield called directly by pcall", coroutine.resume(co))
  S.err(coroutine.yield, "attempt to yield across metamethod/C-call boundary", "yield from the main thread (5.1 message)")
  local it = coroutine.wrap(function() for k, v in ipairs({ "a", "b" }) do coroutine.yield(k, v) end end)
  S.rets({1, "a"}, "yield inside a generic for over ipairs", it())
  S.rets({2, "b"}, "second", it())
  local fib = coroutine.wrap(function() local a, b = 0, 1 while true do coroutine.yield(a) a, b = b, a + b end end)
  local seq = {}
  for i = 1, 10 do seq[i] = fib() end
  S.eq(table.concat(seq, ","), "0,1,1,2,3,5,8,13,21,34", "infinite generator")
end)
S.done()

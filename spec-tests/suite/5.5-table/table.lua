-- §5.5 table manipulation: concat insert maxn remove sort, and 5.0 compatibility getn setn foreach foreachi
local S = require "spec"

S.group("table.concat", function()
  S.eq(table.concat({}), "", "empty") S.eq(table.concat({"a", "b", "c"}), "abc", "no separator")
  S.eq(table.concat({"a", "b", "c"}, ", "), "a, b, c", "separator") S.eq(table.concat({1, 2, 3}, "-"), "1-2-3", "numbers")
  S.eq(table.concat({"a", "b", "c"}, "", 2), "bc", "from i") S.eq(table.concat({"a", "b", "c"}, "", 2, 2), "b", "i..j")
  S.eq(table.concat({"a", "b", "c"}, "", 3, 2), "", "i > j") S.eq(table.concat({1.5, "x"}, " "), "1.5 x", "float")
  S.eq(table.concat({"a", "b"}, "\0"), "a\0b", "zero separator") S.eq(table.concat({[1] = "x", [2] = "y", n = 5}), "xy", "uses #t")
  S.eq(table.concat({"a"}, ", "), "a", "single element") S.eq(table.concat({"a", "b"}, 3), "a3b", "numeric separator")
  S.eq(table.concat({2^53}, ""), "9.007199254741e+15", "number formatting %.14g")
  S.eq(table.concat({[0] = "z", "a"}, "", 0), "za", "from 0")
  S.eq(table.concat({"a", "b", "c"}, ",", -1 + 2, 3), "a,b,c", "explicit range")
end)
S.group("table.insert", function()
  local t = {}
  table.insert(t, "a") table.insert(t, "b")
  S.eq(table.concat(t, ","), "a,b", "append")
  table.insert(t, 1, "z")
  S.eq(table.concat(t, ","), "z,a,b", "insert at front")
  table.insert(t, 2, "m")
  S.eq(table.concat(t, ","), "z,m,a,b", "insert in the middle")
  table.insert(t, 5, "end")
  S.eq(table.concat(t, ","), "z,m,a,b,end", "insert at n+1")
  local u = {}
  table.insert(u, 10, "far")
  S.eq(u[10], "far", "5.1: position beyond n+1 is allowed")
  S.eq(select("#", table.insert({}, 1)), 0, "returns nothing")
  local v = {1, 2, 3}
  table.insert(v, nil)
  S.eq(#v, 3, "inserting nil appends nothing visible")
  local w = {1, 2}
  table.insert(w, 1.9, "x")
  S.eq(w[1], "x", "position 1.9 truncated to 1")
  local neg = {1, 2}
  table.insert(neg, -1, "n")
  S.eq(neg[-1], "n", "5.1: negative position is accepted (no check)")
end)
S.group("table.remove", function()
  local t = {"a", "b", "c", "d"}
  S.eq(table.remove(t), "d", "removes last") S.eq(#t, 3, "shrinks")
  S.eq(table.remove(t, 1), "a", "removes first") S.eq(table.concat(t, ","), "b,c", "shifts down")
  S.eq(table.remove(t, 2), "c", "removes at position") S.eq(#t, 1, "one left")
  S.eq(table.remove({}), nil, "empty table gives nil")
  S.eq(select("#", table.remove({})), 0, "5.1: empty table returns nothing")
  local u = {1, 2, 3}
  S.eq(table.remove(u, 5), nil, "position beyond #t")
  S.eq(#u, 3, "nothing removed")
  local v = {[0] = "zero"}
  S.eq(table.remove(v, 0), nil, "5.1: #t == 0 returns before reading t[0]")
  local w = {1, 2, 3}
  S.eq(table.remove(w, #w), 3, "remove at #t")
end)
S.group("table.maxn", function()
  S.eq(table.maxn({}), 0, "empty") S.eq(table.maxn({1, 2, 3}), 3, "sequence") S.eq(table.maxn({[10] = 1}), 10, "sparse")
  S.eq(table.maxn({[1.5] = 1}), 1.5, "non-integer keys count") S.eq(table.maxn({[-5] = 1}), 0, "negative keys ignored")
  S.eq(table.maxn({a = 1, [3] = 1}), 3, "string keys ignored") S.eq(table.maxn({1, nil, 3}), 3, "with hole")
end)
S.group("table.sort", function()
  local t = {5, 2, 8, 1, 9, 3}
  table.sort(t)
  S.eq(table.concat(t, ","), "1,2,3,5,8,9", "numbers ascending")
  table.sort(t, function(a, b) return a > b end)
  S.eq(table.concat(t, ","), "9,8,5,3,2,1", "custom comparator")
  local s = {"banana", "apple", "Cherry"}
  table.sort(s)
  S.eq(table.concat(s, ","), "Cherry,apple,banana", "strings by byte order")
  local e = {} table.sort(e) S.eq(#e, 0, "empty")
  local one = {1} table.sort(one) S.eq(one[1], 1, "single")
  local big = {}
  for i = 1, 200 do big[i] = (i * 7919) % 1000 end
  table.sort(big)
  local ok = true
  for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
  S.ok(ok, "200 numbers sorted")
  local recs = {{n = 3}, {n = 1}, {n = 2}}
  table.sort(recs, function(a, b) return a.n < b.n end)
  S.eq(recs[1].n .. recs[2].n .. recs[3].n, "123", "records by field")
  S.eq(select("#", table.sort({2, 1})), 0, "returns nothing")
  local mixed = {3, 1, 2}
  table.sort(mixed, nil)
  S.eq(table.concat(mixed), "123", "nil comparator uses <")
  local mt = { __lt = function(a, b) return a.v < b.v end }
  local objs = { setmetatable({v = 2}, mt), setmetatable({v = 1}, mt) }
  table.sort(objs)
  S.eq(objs[1].v, 1, "uses __lt")
  local dup = {3, 1, 3, 1, 2}
  table.sort(dup)
  S.eq(table.concat(dup), "11233", "duplicates")
end)
S.group("table.getn", function()
  S.eq(table.getn({}), 0, "empty") S.eq(table.getn({1, 2, 3}), 3, "sequence") S.eq(table.getn({n = 10}), 0, "5.1 ignores field n")
  S.eq(table.getn({1, 2, nil, n = 5}), 2, "same as #")
end)
S.group("table.setn", function()
  S.errp(function() table.setn({}, 1) end, "'setn' is obsolete", "setn raises in 5.1")
end)
S.group("table.foreach", function()
  local keys = {}
  table.foreach({a = 1, b = 2}, function(k, v) keys[#keys + 1] = k .. v end)
  table.sort(keys)
  S.eq(table.concat(keys, ","), "a1,b2", "visits every pair")
  S.eq(table.foreach({x = 1}, function(k, v) return "stop:" .. k end), "stop:x", "non-nil result stops and is returned")
  S.eq(table.foreach({}, function() return 1 end), nil, "empty table")
  local n = 0
  S.eq(table.foreach({1, 2, 3}, function() n = n + 1 end), nil, "nil results continue")
  S.eq(n, 3, "visited all")
end)
S.group("table.foreachi", function()
  local seen = {}
  table.foreachi({"a", "b", "c"}, function(i, v) seen[#seen + 1] = i .. v end)
  S.eq(table.concat(seen, ","), "1a,2b,3c", "in order")
  S.eq(table.foreachi({"a", "b"}, function(i, v) if i == 2 then return v end end), "b", "non-nil result stops")
  local cnt = 0
  table.foreachi({1, 2, x = 3}, function() cnt = cnt + 1 end)
  S.eq(cnt, 2, "only 1..#t")
end)
S.group("table", function()
  S.eq(type(table), "table", "table library")
  local names = {"concat", "foreach", "foreachi", "getn", "insert", "maxn", "remove", "setn", "sort"}
  for _, n in ipairs(names) do S.item("table." .. n) S.eq(type(table[n]), "function", "table." .. n .. " exists") end
end)
S.done()

package jlua.lib;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** table.* against lua5.1: results, raw access and every error message. */
class TableLibTest {
  @TestFactory
  Stream<DynamicTest> concat() {
    return SameAsLua51.each(
        "p(table.concat({1, 2.5, 'x', 1e100, -0.0, 2^53}, ', '))",
        "p(table.concat({}), table.concat({'a'}, 'sep'), table.concat({1, 2, 3}, '', 2), table.concat({1, 2, 3}, '-', 2, 3))",
        "p(table.concat({1, 2, 3}, '-', 3, 2), table.concat({1, 2}, 0, 1, 2))",
        "p(pcall(table.concat, {1, {}, 3}))",
        "p(pcall(table.concat, {1, 2}, ',', 1, 3))",
        "p(pcall(table.concat, {true}))",
        "p(pcall(table.concat, 'x'))",
        "p(pcall(table.concat, {}, {}))",
        "local t = setmetatable({}, {__index = function() return 'x' end}) p(table.concat(t, ',', 1, 0), pcall(table.concat, t, ',', 1, 1))");
  }

  @TestFactory
  Stream<DynamicTest> insertAndRemove() {
    return SameAsLua51.each(
        "local t = {1, 2, 3} table.insert(t, 4) table.insert(t, 1, 0) table.insert(t, 3, 'x') p(unpack(t))",
        "local t = {} table.insert(t, 5, 'far') p(t[5], #t, table.maxn(t))",
        "local t = {1, 2} table.insert(t, -1, 'neg') p(t[-1], t[1], t[2], #t)",
        "p(pcall(table.insert, {}, 1, 2, 3))",
        "p(pcall(table.insert, {}))",
        "p(pcall(table.insert, {}, 'x', 1))",
        "p(pcall(table.insert, nil, 1))",
        "local t = {1, 2, 3} p(table.remove(t), table.remove(t, 1), #t, t[1])",
        "local t = {} p(select('#', table.remove(t)), select('#', table.remove(t, 1)), select('#', table.remove({1}, 5)))",
        "local t = {1, 2, 3} p(select('#', table.remove(t, 0)), table.remove(t, 3), select('#', table.remove(t, 4)))",
        "local t = {n = 1, 1, 2, nil, 4} p(table.remove(t, 2), t[1], t[2], t[3], t[4])",
        "local log = {} local t = setmetatable({1, 2, 3}, {__newindex = function(t, k, v) log[#log + 1] = k end, __index = function() return 'i' end}) "
            + "table.insert(t, 2, 'x') table.remove(t, 1) p(#log, t[1], t[2], t[3], t[4], t[5])");
  }

  @TestFactory
  Stream<DynamicTest> lengthAndIteration() {
    return SameAsLua51.each(
        "p(table.getn({1, 2, 3}), table.getn({}), table.maxn({}), table.maxn({1, 2, [10] = 1, [2.5] = 1, [-3] = 1}), table.maxn({[1e300] = 1}))",
        "p(pcall(table.setn, {}, 1))",
        "p(pcall(table.setn, 1))",
        "p(pcall(table.getn, 'x'))",
        "p(table.foreachi({'a', 'b', 'c'}, function(i, v) p(i, v) end))",
        "p(table.foreachi({'a', 'b', 'c'}, function(i, v) if v == 'b' then return i * 10 end end))",
        "p(table.foreach({10, 20}, function(k, v) p(k, v) end))",
        "p(table.foreach({x = 1}, function(k, v) return k, v end))",
        "p(pcall(table.foreach, {}, 1))",
        "p(pcall(table.foreachi, {1}, nil))");
  }

  @TestFactory
  Stream<DynamicTest> sort() {
    return SameAsLua51.each(
        "local t = {5, 2, 8, 1, 9, 3} table.sort(t) p(unpack(t))",
        "local t = {'b', 'a', 'B', 'aa', '', 'a\\0b', 'a\\0a'} table.sort(t) p(unpack(t))",
        "local t = {5, 2, 8, 1, 9, 3} table.sort(t, function(a, b) return a > b end) p(unpack(t))",
        "p(pcall(table.sort, {1, 'x', 2}))",
        "p(pcall(table.sort, {1, 2, nil, 4}))",
        "p(pcall(table.sort, {3, 2, 1}, 5))",
        "p(pcall(table.sort, {3, 2, 1, 5, 4}, function(a, b) error('boom') end))",
        "p(pcall(table.sort, {3, 2, 1, 5, 4}, function(a, b) error({}) end))",
        "p(pcall(table.sort, {3, 2, 1, 5, 4}, function(a, b) return coroutine.yield() end))",
        "p(pcall(coroutine.wrap(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() end) end)))",
        "p(pcall(table.sort, {{}, {}, {}}))",
        "local t = {} for i = 1, 100 do t[i] = i % 7 end p(pcall(table.sort, t, function(a, b) return true end)) p(unpack(t))",
        "local t = {} for i = 1, 100 do t[i] = i % 7 end p(pcall(table.sort, t, function(a, b) return a <= b end)) p(unpack(t))",
        "local mt = {__lt = function(a, b) return a.v < b.v end} local a = {} for i = 1, 10 do a[i] = setmetatable({v = (i * 7) % 10}, mt) end "
            + "table.sort(a) for i = 1, 10 do a[i] = a[i].v end p(unpack(a))",
        "local t = {3, 1, 2} table.sort(t, function(a, b) t[1] = 99 return a < b end) p(unpack(t))",
        "local t = {} for i = 1, 200 do t[i] = (i * 37) % 101 end table.sort(t) p(unpack(t))");
  }
}

package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import jlua.api.Lua;
import jlua.api.LuaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The string library's corner cases and error messages, as lua5.1 gives them (checked by hand). */
class StringLibTest {

  private static Object[] run(String code) {
    Lua lua = new Lua();
    return lua.call(lua.load(code, "=input"));
  }

  private static Object eval(String expression) {
    return run("return " + expression)[0];
  }

  private static String error(String code) {
    LuaError e = assertThrows(LuaError.class, () -> run(code));
    return e.getMessage();
  }

  // ---- errors --------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "string.find('abc', '[')          | input:1: malformed pattern (missing ']')",
    "string.find('abc', '[a')         | input:1: malformed pattern (missing ']')",
    "string.find('abc', '[]')         | input:1: malformed pattern (missing ']')",
    "string.find('abc', 'a%')         | input:1: malformed pattern (ends with '%')",
    "string.find('abc', '%f')         | input:1: missing '[' after '%f' in pattern",
    "string.find('abc', '%ba')        | input:1: unbalanced pattern",
    "string.match('abc', 'b)')        | input:1: invalid pattern capture",
    "string.find('abc', '(()')        | input:1: unfinished capture",
    "string.find('abc', '%1')         | input:1: invalid capture index",
    "string.find('abc', '(a%1)')      | input:1: invalid capture index",
    "string.find('abc', '%0')         | input:1: invalid capture index",
    "string.match('abc', ('()'):rep(33)) | input:1: too many captures",
    "string.gsub('abc', '(b)', '%2')  | input:1: invalid capture index",
    "string.gsub('abc', 'b', {b = {}}) | input:1: invalid replacement value (a table)",
    "string.gsub('abc', 'b', function() return true end) | input:1: invalid replacement value (a boolean)",
    "string.gsub('abc', 'b')          | input:1: bad argument #3 to 'gsub' (string/function/table expected)",
    "('abc'):gsub('b', true)          | input:1: bad argument #2 to 'gsub' (string/function/table expected)",
    "string.gsub('abc', 'b', true, 'x') | input:1: bad argument #4 to 'gsub' (number expected, got string)",
    "string.format('%y', 1)           | input:1: invalid option '%y' to 'format'",
    "string.format('%5', 1)           | input:1: invalid option '%' to 'format'",
    "string.format('%------d', 1)     | input:1: invalid format (repeated flags)",
    "string.format('%100d', 1)        | input:1: invalid format (width or precision too long)",
    "string.format('%.100f', 1)       | input:1: invalid format (width or precision too long)",
    "string.format('%d')              | input:1: bad argument #2 to 'format' (no value)",
    "string.format('%d %d', 1)        | input:1: bad argument #3 to 'format' (no value)",
    "string.format('%d', 'x')         | input:1: bad argument #2 to 'format' (number expected, got string)",
    "string.format('%s', {})          | input:1: bad argument #2 to 'format' (string expected, got table)",
    "('%d'):format()                  | input:1: bad argument #1 to 'format' (no value)",
    "string.char(256)                 | input:1: bad argument #1 to 'char' (invalid value)",
    "string.char(65, -1)              | input:1: bad argument #2 to 'char' (invalid value)",
    "string.char(65, 'x')             | input:1: bad argument #2 to 'char' (number expected, got string)",
    "string.dump(print)               | input:1: unable to dump given function",
    "string.dump('x')                 | input:1: bad argument #1 to 'dump' (function expected, got string)",
    "('x'):rep()                      | input:1: bad argument #1 to 'rep' (number expected, got no value)",
    "string.rep()                     | input:1: bad argument #1 to 'rep' (string expected, got no value)",
    "string.byte(('x'):rep(8000), 1, -1) | input:1: stack overflow (string slice too long)",
    "string.len()                     | input:1: bad argument #1 to 'len' (string expected, got no value)",
    "string.find('x', 'x', 'y')       | input:1: bad argument #3 to 'find' (number expected, got string)",
    "string.gmatch('x')               | input:1: bad argument #2 to 'gmatch' (string expected, got no value)",
  })
  void errorMessagesAreLua51s(String code, String message) {
    assertEquals(message, error("local r = " + code));
  }

  @Test
  void errorsInsideAGmatchIteratorPointAtTheLoop() {
    assertEquals("input:2: malformed pattern (missing ']')", error("local n = 0\nfor k in ('x'):gmatch('[') do end"));
  }

  @Test
  void errorsInsidePcallHaveNoPosition() {
    assertArrayEquals(new Object[] {false, "malformed pattern (ends with '%')"},
        run("return pcall(string.find, 'abc', '%')"));
  }

  @Test
  void errorsAreLazyAsIn51() {
    // the malformed part is never reached: no error, as in 5.1
    assertArrayEquals(new Object[] {null}, run("return string.find('abc', 'x[')"));
    assertArrayEquals(new Object[] {null}, run("return string.find('abc', 'x%')"));
    assertArrayEquals(new Object[] {"axc", 1.0}, run("return string.gsub('abc', '(b', 'x')"));
  }

  // ---- patterns --------------------------------------------------------------------------------

  @Test
  void patternsEndAtTheirFirstZeroByte() {
    assertArrayEquals(new Object[] {null}, run("return string.find('a\\0c', 'a\\0x')")); // plain: whole
    assertArrayEquals(new Object[] {null}, run("return string.find('a\\0c', 'a\\0%d')")); // no special before NUL
    assertArrayEquals(new Object[] {"a"}, run("return string.match('a\\0c', 'a\\0%d')")); // pattern: 'a'
    assertArrayEquals(new Object[] {2.0, 2.0}, run("return string.find('a\\0c', '%z')"));
  }

  @Test
  void anchorsAndSpecialCharacters() {
    assertArrayEquals(new Object[] {"[^a][^a]"},
        run("local o = '' for a in ('^a^a'):gmatch('^a') do o = o .. '[' .. a .. ']' end return o"));
    assertArrayEquals(new Object[] {">aa", 1.0}, run("return ('aaa'):gsub('^a', '>')"));
    assertArrayEquals(new Object[] {"Xb", 1.0}, run("return ('a^b'):gsub('a^', 'X')"));
    assertArrayEquals(new Object[] {2.0, 2.0}, run("return string.find('a]c', '[]]')"));
    assertArrayEquals(new Object[] {2.0, 2.0}, run("return string.find('a-c', '[a-]', 2)"));
  }

  @Test
  void backReferencesToPositionCapturesNeverMatch() {
    assertArrayEquals(new Object[] {null}, run("return string.match('aa', '()a%1')"));
    assertArrayEquals(new Object[] {"a"}, run("return string.match('aa', '(a)%1')"));
  }

  @Test
  void frontiersSeeZeroBeyondBothEnds() {
    assertArrayEquals(new Object[] {4.0}, run("return string.match('abc', '()%f[%z]')"));
    assertArrayEquals(new Object[] {2.0}, run("return string.match('\\0abc', '()%f[%Z]')"));
  }

  @Test
  void emptyMatchesAdvance() {
    assertArrayEquals(new Object[] {"-a-b-c-", 4.0}, run("return ('abc'):gsub('', '-')"));
    assertArrayEquals(new Object[] {"[abc][]"},
        run("local o = '' for a in ('abc'):gmatch('%a*') do o = o .. '[' .. a .. ']' end return o"));
    assertArrayEquals(new Object[] {"1;2;3;4;"},
        run("local o = '' for a in ('abc'):gmatch('()') do o = o .. a .. ';' end return o"));
    assertArrayEquals(new Object[] {"|a|b|c|", 4.0}, run("return ('abc'):gsub('x*', '|')"));
  }

  @Test
  void gsubReplacements() {
    assertArrayEquals(new Object[] {"a\0c", 1.0}, run("return ('abc'):gsub('b', '%')")); // 5.1 reads the NUL
    assertArrayEquals(new Object[] {"ax%c", 1.0}, run("return ('abc'):gsub('b', '%x%%')"));
    assertArrayEquals(new Object[] {"abbc", 1.0}, run("return ('abc'):gsub('b', '%0%0')"));
    assertArrayEquals(new Object[] {"abc", 1.0}, run("return ('abc'):gsub('b', '%1')"));
    assertArrayEquals(new Object[] {"a2c", 1.0}, run("return ('abc'):gsub('()b', '%1')"));
    assertArrayEquals(new Object[] {"a12.5c", 1.0}, run("return ('abc'):gsub('b', {b = 12.5})"));
    assertArrayEquals(new Object[] {"aBc", 3.0}, run("return ('abc'):gsub('%w', {a = false, b = 'B'})"));
    assertArrayEquals(new Object[] {"hell0 world", 1.0}, run("return ('hello world'):gsub('o', '0', 1.9)"));
    assertArrayEquals(new Object[] {"hello world", 0.0}, run("return ('hello world'):gsub('o', '0', -1)"));
    assertArrayEquals(new Object[] {"<a><b>", 2.0},
        run("local t = setmetatable({}, {__index = function(_, k) return '<' .. k .. '>' end})"
            + " return ('ab'):gsub('.', t)"));
    assertArrayEquals(new Object[] {"3=x 4=y", 2.0},
        run("return ('x=3 y=4'):gsub('(%w+)=(%w+)', function(k, v) return v .. '=' .. k end)"));
  }

  @Test
  void gsubCallbacksCannotYield() {
    assertEquals("attempt to yield across metamethod/C-call boundary",
        run("local co = coroutine.create(function() return ('ab'):gsub('.', coroutine.yield) end)"
            + " local ok, e = coroutine.resume(co) return e")[0]);
  }

  @Test
  void gmatchIteratorsKeepTheirOwnState() {
    assertArrayEquals(new Object[] {"a1b1a2b2"},
        run("local f, g = ('12'):gmatch('%d'), ('12'):gmatch('%d') local o = ''"
            + " for i = 1, 2 do o = o .. 'a' .. f() .. 'b' .. g() end return o"));
    assertEquals(Boolean.TRUE, eval("string.gfind == string.gmatch"));
  }

  // ---- format --------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
    "string.format('%d %d %d', 3.7, -0.5, 2^63)       => 3 0 -9223372036854775808",
    "string.format('%x %x %x', -1, 2^64, 0/0)         => ffffffffffffffff 0 8000000000000000",
    "string.format('%u %o %X', -1, 8, 2^63 + 2^12)    => 18446744073709551615 10 8000000000001000",
    "string.format('[%5.1f][%05f][%-6f]', 1/0, 1/0, -1/0) => [  inf][  inf][-inf  ]",
    "string.format('[%5.1f][%G][%e]', 0/0, 0/0, -(0/0)) => [ -nan][-NAN][nan]",
    "string.format('%5.2s|%.1s|%-5s|', 'abc', 'xyz', 'q') => `   ab|x|q    |`",
    "string.format('%#x %#o %#.0f %#.0e %#g', 255, 8, 1, 1, 1) => 0xff 010 1. 1.e+00 1.00000",
    "string.format('%05d|%05.2d|%+.3e|% d', -5, -5, 12345.678, 5) => -0005|  -05|+1.235e+04| 5",
    "string.format('%.0f %.0f %.2f %.2f', 0.5, 2.5, 2.675, 1.005) => 0 2 2.67 1.00",
    "string.format('%.3d|%.0d|%#.0o|%#.0x|', 0, 0, 0, 0) => 000||0||",
    "string.format('%g %g %g %g', 1e20, 0.0001, 1e-5, 123456789) => 1e+20 0.0001 1e-05 1.23457e+08",
    "string.format('%#g %#.2g', 999999.5, 99.96)      => 1.e+06 1.e+02",
    "string.format('%.99f', 0.1):sub(1, 60)           => 0.1000000000000000055511151231257827021181583404541015625000",
    "string.format('%c%c%c', 65, 256 + 66, -190)      => ABB",
    "string.format('%s %s %s', 1.5, 10, 1e100)        => 1.5 10 1e+100",
    "string.format('%5%')                             => ``",
  })
  void formatPrintsAsGlibc(String code, String expected) {
    if (expected.isEmpty()) {
      assertEquals("input:1: bad argument #2 to 'format' (no value)", error("return " + code));
    } else {
      assertEquals(expected, eval(code));
    }
  }

  @Test
  void formatCopiesItemsUpToTheirFirstZero() {
    assertEquals("", eval("string.format('%c', 0)"));
    assertEquals("    ", eval("string.format('%5c', 0)"));
    assertEquals("", eval("string.format('%-5c', 0)"));
    assertEquals("a", eval("string.format('%s', 'a\\0b')"));
    assertEquals(120.0, eval("#string.format('%s', ('a\\0b'):rep(40))")); // 100+ bytes: kept whole
    assertEquals(1.0, eval("#string.format('%.99s', ('a\\0b'):rep(40))"));
  }

  @Test
  void formatQuotesAsLua51() {
    assertEquals("\"a\\\"b\\\\c\\\nd\\re\\000f\u0001\u00ff\"",
        eval("string.format('%q', 'a\"b\\\\c\\nd\\re\\0f\\1\\255')"));
    assertEquals("\"x\"|", eval("string.format('%10q|', 'x')"));
  }

  // ---- the other functions ---------------------------------------------------------------------

  @Test
  void byteAndCharFollow51sRanges() {
    assertArrayEquals(new Object[] {98.0, 99.0}, run("return string.byte('abc', 2, 10)"));
    assertArrayEquals(new Object[] {}, run("return string.byte('abc', 3, 2)"));
    assertArrayEquals(new Object[] {97.0, 98.0}, run("return string.byte('abc', 1.9, 2.9)"));
    assertEquals(7997.0, eval("select('#', string.byte(('x'):rep(8000), 1, 7997))"));
    assertEquals("A", eval("string.char(2^32 + 65)"));
    assertEquals("", eval("string.char()"));
  }

  @Test
  void subAndRepFollow51sRules() {
    assertEquals("hello", eval("string.sub('hello', 0/0)"));
    assertEquals("", eval("string.sub('hello', 2^53)"));
    assertEquals("", eval("string.sub('hello', -2^63, 2^63)")); // 2^63 casts to LONG_MIN
    assertEquals("", eval("string.rep('x', 2^31)")); // C's int cast: negative
    assertEquals("ababab", eval("string.rep('ab', 3)"));
    assertEquals("", eval("string.rep('', 1e9)"));
    assertEquals("input:1: not enough memory", error("return string.rep('ab', 2^30)"));
  }

  @Test
  void everyFunctionIsEightBitClean() {
    assertEquals("\0\u00ffA\0", eval("string.upper('\\0\\255a\\0')"));
    assertEquals("\0\u00ffa\u00c9", eval("string.lower('\\0\\255A\\201')"));
    assertEquals("\u00ff\0", eval("string.reverse('\\0\\255')"));
    assertEquals("\0\u00ff\0\u00ff", eval("string.rep('\\0\\255', 2)"));
    assertEquals("\u00ff", eval("string.sub('\\0\\255', 2)"));
    assertEquals("\0\u00ff", eval("string.char(0, 255)"));
    assertArrayEquals(new Object[] {0.0, 255.0}, run("return string.byte('\\0\\255', 1, 2)"));
    assertArrayEquals(new Object[] {"\u00ff\0", 1.0}, run("return ('\\0\\255'):gsub('(%z)(\\255)', '%2%1')"));
    assertArrayEquals(new Object[] {2.0, 2.0}, run("return ('\\0\\255'):find('[\\128-\\255]')"));
    assertEquals("\"\\000\u00ff\"", eval("string.format('%q', '\\0\\255')"));
  }

  @Test
  void dumpRoundTrips() {
    assertEquals(42.0, eval("loadstring(string.dump(function(a) return a * 2 end))(21)"));
  }

  // ---- no stack overflow, bounded time -----------------------------------------------------------

  @Test
  void pathologicalPatternsFinishOrFailWithALuaError() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertEquals(null, eval("string.rep('a', 100000):match('.-b')"));
      assertEquals(null, eval("string.rep('a', 100000):match('.*b')"));
      assertEquals(null, eval("string.rep('a', 30000):match('(a)%1.-b')")); // back-references: no memo
      assertArrayEquals(new Object[] {1.0, 100000.0}, run("return ('x'):rep(1e5):find(('x?'):rep(1e5))"));
      assertArrayEquals(new Object[] {1.0, 30.0}, run("return ('x'):rep(30):find(('x?'):rep(30) .. ('x'):rep(30))"));
      assertEquals("input:1: pattern too complex",
          error("return ('x'):rep(1e5):find(('x?'):rep(1e5) .. ('x'):rep(1e5))"));
      assertEquals(1000001.0, eval("select(2, ('x'):rep(1e6):gsub('', '-'))"));
      assertEquals(2e6, eval("#(('('):rep(1e6) .. (')'):rep(1e6)):match('%b()')"));
    });
  }

  @Test
  void longSubjectsAreFast() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Object[] r = run("local s = ('The quick brown fox, key=value 123\\n'):rep(30000)"
          + " local a, n = s:gsub('%w+', '<%0>')"
          + " local b, m = s:gsub('(%w+)=(%w+)', '%2=%1')"
          + " local c = 0 for w in s:gmatch('%a+') do c = c + 1 end"
          + " return n, m, c, #string.format('%q', s), s:find('zzz', 1, true)");
      assertArrayEquals(new Object[] {210000.0, 30000.0, 180000.0, 1080002.0, null}, r);
    });
  }
}

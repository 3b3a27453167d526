package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** luaO_str2d on glibc, as tonumber shows it (expectations from lua5.1). */
class LuaNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "' 0x10 '       | 16", "'inf'  | Infinity", "'  -infinity\n' | -Infinity", "'INFINITY' | Infinity",
      "'0x1p4'        | 16", "'0x1P-2' | 0.25", "'0xA.8p1' | 21", "'0x.8' | 0.5", "'0x8.' | 8",
      "'-.5'          | -0.5", "'+.5e-3' | 0.0005", "'-0x10' | -16", "'1e400' | Infinity",
      "'0x1p99999'    | Infinity", "'1.e2' | 100", "'\u000B1\f' | 1", "'00012' | 12", "'1e-400' | 0",
      "'4.9e-324'     | 4.9E-324", "'0x1p-1074' | 4.9E-324", "'0x1p-1075' | 0",
      "'0x1.8p-1074'  | 1.0E-323", "'0xffffffffffffffffffff' | 1.2089258196146292E24",
      "'1e+10'        | 1e10", "'2.5E-3 ' | 0.0025", "'0X1F' | 31", "'\t\n 7 \r\n' | 7",
      "'0.1'          | 0.1", "'123456789012345678901234567890' | 1.2345678901234568E29",
      "'1e-99999999999999999999' | 0", "'1e99999999999999999999' | Infinity",
  })
  void converts(String text, double expected) {
    assertEquals(expected, LuaNumbers.parse(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1e", "1e+", "infinit", "nan(a-b)", "0x", "0x.p1", "0x1p", "0x1p+", "1d",
      "1f", "  ", "", ".", ".e2", "5 x", "1_0", "0b1", "+-1", "0x+1", "0x-1", "nan(1)x", "1..2",
      "3x", "0x1g", "1.5.", "- 1", "1e5.", "0x1p4.5", "١", "1\u00A0"})
  void rejects(String text) {
    assertNull(LuaNumbers.parse(text));
  }

  @Test
  void nanKeepsItsSign() {
    assertTrue(Double.isNaN(LuaNumbers.parse("nan")));
    assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(LuaNumbers.parse("NaN(abc)")));
    assertEquals(0xfff8000000000000L, Double.doubleToRawLongBits(LuaNumbers.parse(" -nan ")));
    assertTrue(Double.isNaN(LuaNumbers.parse("nan()")));
  }

  @Test
  void stopsAtNulLikeC() {
    assertEquals(1.0, LuaNumbers.parse("1\0x"));
    assertNull(LuaNumbers.parse("\0" + "1"));
  }

  /** Many generated strings, each converted by lua5.1's tonumber and by us. */
  @Test
  void agreesWithLua51Tonumber() throws Exception {
    Lua51.assumeAvailable();
    List<String> cases = new ArrayList<>();
    String[] parts = {"", " ", "\t", "+", "-", "0", "1", "9", ".", "e", "E", "x", "X", "p", "P",
        "a", "f", "F", "g", "inf", "nan", "(", ")", "_", "5", "0x", "e-", "p+", "\n"};
    java.util.Random random = new java.util.Random(51);
    for (int i = 0; i < 4000; i++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        s.append(parts[random.nextInt(parts.length)]);
      }
      cases.add(s.toString());
    }
    StringBuilder script = new StringBuilder();
    for (String c : cases) {
      script.append(Corpus.encode(c)).append('\n');
    }
    String lua = "for line in io.lines() do "
        + "local s = line:gsub('\\\\(%d%d%d)', function(d) return string.char(tonumber(d)) end)"
        + ":gsub('\\\\n', '\\n'):gsub('\\\\t', '\\t') "
        + "local v = tonumber(s) "
        + "io.write(v == nil and 'nil' or v ~= v and 'nan' or string.format('%.17g', v), '\\n') end";
    String[] expected = Lua51.run(script.toString(), "-e", lua).split("\n");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Double ours = LuaNumbers.parse(cases.get(i));
      Double theirs = expected[i].equals("nil") ? null : LuaNumbers.parse(expected[i]);
      if (!java.util.Objects.equals(ours, theirs)) {     // %.17g identifies a double exactly
        String shown = String.valueOf(ours);
        mismatches.add(Corpus.encode(cases.get(i)) + ": lua5.1 " + expected[i] + ", ours " + shown);
      }
    }
    assertEquals(List.of(), mismatches);
  }
}

package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Snippets whose output under jlua must equal lua5.1's (skipped when lua5.1 is absent). */
final class SameAsLua51 {
  private SameAsLua51() {}

  static void check(String script) throws IOException {
    check(script, "");
  }

  static void check(String script, String stdin) throws IOException {
    Reference.assumeLua51();
    assertSame(Reference.lua51(script, stdin), Reference.jlua(script, stdin), script);
  }

  /** assertEquals on outputs, naming the first line that differs. */
  static void assertSame(String expected, String actual, String what) {
    if (expected.equals(actual)) return;
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
    String first = "line " + (i + 1) + ": expected <" + (i < e.length ? e[i] : "(end)") + "> but was <"
        + (i < a.length ? a[i] : "(end)") + ">";
    assertEquals(expected, actual, first + "\n" + what);
  }

  /** One dynamic test per snippet, named by its first line. */
  static Stream<DynamicTest> each(String... scripts) {
    return Arrays.stream(scripts).map(s -> DynamicTest.dynamicTest(firstLine(s), () -> check(s)));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import jlua.api.LuaError;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The failure memo is an optimisation only: a matcher that remembers failed states from its first
 * step finds exactly the matches, captures and errors of one that never does, at every start position
 * of a subject (the memo outlives each attempt, as it does across a gsub).
 */
class LuaPatternMemoTest {

  @Property(tries = 3000)
  void memoNeverChangesAResult(@ForAll("patterns") String pattern, @ForAll("subjects") String subject) {
    assertEquals(allMatches(new LuaPattern(subject, pattern)),
        allMatches(new LuaPattern(subject, pattern).memoFromStart()), pattern);
  }

  private static String allMatches(LuaPattern m) {
    StringBuilder r = new StringBuilder();
    for (int start = 0; start <= m.n; start++) {
      try {
        int end = m.match(start, 0);
        r.append(start).append(':').append(end);
        if (end >= 0) r.append(Arrays.toString(m.captures(start, end, true)));
        r.append(' ');
      } catch (LuaError e) {
        return r.append(e.getMessage()).toString();
      }
    }
    return r.toString();
  }

  @Provide
  Arbitrary<String> patterns() {
    return PatternOracleTest.patterns();
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.strings().withChars("aaaabbbc()x ").ofMaxLength(24);
  }
}

package jlua.lib;

import org.junit.jupiter.api.Test;

/**
 * Backtracking-heavy patterns on subjects long enough that the matcher switches its failure memo on:
 * the results must still be lua5.1's, state for state. (Sizes keep lua5.1's own quadratic and cubic
 * searches quick.)
 */
class PatternStressOracleTest {
  private static final String CASES = String.join("\n",
      "local A, A3 = ('a'):rep(3000), ('a'):rep(300)",
      "local AB = ('ab'):rep(1500)",
      "local M = ('a'):rep(1000) .. 'b' .. ('a'):rep(1000)",
      "local P = ('(a)'):rep(500) .. '(('",
      "local S = ('x '):rep(2000)",
      "{'find', A, '.-b'}, {'find', A .. 'b', '(a-)b'}, {'match', A3, '(a*)(a*)c'}, {'match', A3 .. 'c', '(a*)(a-)c'},",
      "{'gsub', A, 'a-a', 'x'}, {'gsub', M, '.-b', '<%0>'}, {'find', AB, '(ab)-%1c'}, {'match', AB, '(.-)b(.*)$'},",
      "{'gsub', AB, 'a?b?', '-'}, {'find', M, 'a*b*a*c'}, {'find', M, '[ab]-b[ab]*c'}, {'gmatch', M, 'a-b'},",
      "{'match', A3, '.-.-c'}, {'find', A3, 'a?a?a?a?a?a?a?a?c'}, {'gsub', A, '%f[a]a-a$', 'Z'},",
      "{'match', S, '(%s*)(x?)%s*$'}, {'find', P, '%b()-%b()c'}, {'gsub', P, '(%b())', '%1%1', 3},",
      "{'match', M, '^(a*)b(a-)$'}, {'gsub', A3 .. 'b' .. A3, '(a-)(a*)b', REPL_F}, {'find', A3, '()a-()a-()c'},",
      "{'gsub', M, 'a*', '-'}, {'gsub', M, 'a-', '-'}, {'find', AB .. 'c', '[ab]*[ab]-c'}, {'match', A3, '(a?)(a?)(a?)%3c'},",
      "");

  @Test
  void heavyBacktrackingAgreesWithLua51() {
    StringOracle.assumeLua51();
    String[] lines = CASES.split("\n");
    StringBuilder locals = new StringBuilder();
    StringBuilder table = new StringBuilder();
    for (String line : lines) (line.startsWith("local") ? locals : table).append(line).append('\n');
    StringOracle.compare(locals + String.format(PatternOracleTest.RUNNER, table));
  }
}

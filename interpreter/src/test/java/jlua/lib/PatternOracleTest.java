package jlua.lib;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * find, match, gmatch and gsub on random patterns and subjects give what lua5.1 gives: the same
 * results, captures and error messages. Patterns come from a grammar of pattern items (classes, sets,
 * quantifiers, captures, %b, %f, back-references, anchors) with a sprinkling of malformed pieces.
 * Each try runs a batch of cases in one lua5.1 process.
 */
@AddLifecycleHook(StringOracle.RequiresLua51.class)
class PatternOracleTest {
  static final String RUNNER = String.join("\n",
      "local REPL_T = {a = '<A>', b = false, ab = 12, ['1'] = 'one', [2] = 'two', x = {}}",
      "local function REPL_F(a, b)",
      "  if a == 'a' then return nil elseif a == 'b' then return false elseif a == 'c' then return 7.5",
      "  elseif a == 'x' then return {} end",
      "  return '<' .. tostring(a) .. (b ~= nil and (',' .. tostring(b)) or '') .. '>'",
      "end",
      "local function pack(...) return {n = select('#', ...), ...} end",
      "local cases = {",
      "%s",
      "}",
      "for i = 1, #cases do",
      "  local c = cases[i]",
      "  local k = c[1]",
      "  if k == 'find' then emit(i, pcall(string.find, c[2], c[3], c[4], c[5]))",
      "  elseif k == 'match' then emit(i, pcall(string.match, c[2], c[3], c[4]))",
      "  elseif k == 'gsub' then emit(i, pcall(string.gsub, c[2], c[3], c[4], c[5]))",
      "  else",
      "    local ok, it = pcall(string.gmatch, c[2], c[3])",
      "    if not ok then emit(i, ok, it) else",
      "      for j = 1, 40 do",
      "        local r = pack(pcall(it))",
      "        emit(i, unpack(r, 1, r.n))",
      "        if not r[1] or r.n == 1 then break end",
      "      end",
      "    end",
      "  end",
      "end",
      "");

  @Property(tries = 200)
  void patternFunctionsAgreeWithLua51(@ForAll("cases") List<String> cases) {
    StringOracle.check(RUNNER, cases);
  }

  @Provide
  Arbitrary<List<String>> cases() {
    Arbitrary<String> subject = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withChars("aaabbbcc").ofMaxLength(10)),
        Tuple.of(3, Arbitraries.strings().withChars("abc()[]%-.^$ 1x_\0\377\t").ofMaxLength(16)));
    Arbitrary<String> pattern = patterns();
    Arbitrary<String> init = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("nil")),
        Tuple.of(2, Arbitraries.integers().between(-6, 18).map(String::valueOf)));
    Arbitrary<String> repl = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().withChars("x%012-").ofMaxLength(5).map(StringOracle::literal)),
        Tuple.of(1, Arbitraries.just("REPL_T")),
        Tuple.of(1, Arbitraries.just("REPL_F")),
        Tuple.of(1, Arbitraries.of("true", "nil", "3")));
    Arbitrary<String> limit = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("nil")),
        Tuple.of(1, Arbitraries.integers().between(-1, 3).map(String::valueOf)));
    Arbitrary<String> plain = Arbitraries.of("nil", "nil", "nil", "true");
    Arbitrary<String> findCase = Combinators.combine(subject, pattern, init, plain)
        .as((s, p, i, pl) -> "{'find', " + lit(s) + ", " + lit(p) + ", " + i + ", " + pl + "}");
    Arbitrary<String> matchCase = Combinators.combine(subject, pattern, init)
        .as((s, p, i) -> "{'match', " + lit(s) + ", " + lit(p) + ", " + i + "}");
    Arbitrary<String> gsubCase = Combinators.combine(subject, pattern, repl, limit)
        .as((s, p, r, n) -> "{'gsub', " + lit(s) + ", " + lit(p) + ", " + r + ", " + n + "}");
    Arbitrary<String> gmatchCase = Combinators.combine(subject, pattern)
        .as((s, p) -> "{'gmatch', " + lit(s) + ", " + lit(p) + "}");
    return Arbitraries.oneOf(findCase, matchCase, gsubCase, gmatchCase).list().ofMinSize(60).ofMaxSize(120);
  }

  private static String lit(String s) {
    return StringOracle.literal(s);
  }

  /** Patterns from a grammar of items; few quantifiers, so lua5.1's backtracking stays quick. */
  static Arbitrary<String> patterns() {
    Arbitrary<String> items = item(1).list().ofMaxSize(5).map(PatternOracleTest::join);
    return Combinators.combine(Arbitraries.of("", "", "", "^"), items, Arbitraries.of("", "", "", "$"))
        .as((a, body, z) -> a + body + z)
        .filter(p -> p.chars().filter(c -> "*+-?".indexOf(c) >= 0).count() <= 5);
  }

  private static Arbitrary<String> item(int depth) {
    Arbitrary<String> atom = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("a", "b", "c")),
        Tuple.of(2, Arbitraries.just(".")),
        Tuple.of(3, Arbitraries.of("%a", "%d", "%s", "%w", "%l", "%u", "%p", "%x", "%c", "%z", "%A", "%S",
            "%W", "%D", "%Z", "%%", "%.", "%(", "%)", "%[", "%]", "%-", "%^", "%$", "%q")),
        Tuple.of(3, Arbitraries.of("[ab]", "[^a]", "[a-c]", "[%a_]", "[]]", "[^]a]", "[a-]", "[%]]", "[b-a]",
            "[%d%s]", "[-a]", "[^%s]", "[a%-c]", "[%z]", "[^%z]", "[.]", "[%w-]")),
        Tuple.of(1, Arbitraries.of("^", "$", "-", "*", "?", "+", "]", "x", "\0")));
    Arbitrary<String> quantifier = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("*", "+", "-", "?")));
    Arbitrary<String> single = Combinators.combine(atom, quantifier).as(String::concat);
    Arbitrary<String> special = Arbitraries.of("%b()", "%bab", "%bxy", "%f[%a]", "%f[%z]", "%f[^a]", "%f[a-b]",
        "%1", "%2", "()", "%b", "%b(", "%f", "%fa", "%0", "(", ")", "[", "[a", "%", "%9", "[%", "%f[");
    if (depth == 0) {
      return Arbitraries.frequencyOf(Tuple.of(10, single), Tuple.of(1, special));
    }
    Arbitrary<String> group = item(depth - 1).list().ofMaxSize(3).map(l -> "(" + join(l) + ")");
    return Arbitraries.frequencyOf(Tuple.of(10, single), Tuple.of(3, group), Tuple.of(1, special));
  }

  private static String join(List<String> parts) {
    return parts.stream().collect(Collectors.joining());
  }
}

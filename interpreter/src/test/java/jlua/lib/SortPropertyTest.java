package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * table.sort on random inputs and comparators with lua5.1 as the oracle. Valid comparators must give
 * the same order (ties included: 5.1's quicksort is not stable, and we must be unstable the same way);
 * inconsistent ones must raise the same error, or leave the same permutation, after the same calls.
 */
@AddLifecycleHook(SortPropertyTest.RequiresLua51.class)
class SortPropertyTest {
  /** Skips the properties (reported as skipped) when the oracle is missing. */
  static final class RequiresLua51 implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return Reference.lua51Available() ? SkipResult.doNotSkip() : SkipResult.skip("lua5.1 is not on PATH");
    }
  }

  /** A sort case: the elements (as Lua literals) and a comparator expression (or none). */
  record Case(List<String> elements, String comparator) {
    String script() {
      String list = String.join(", ", elements);
      return "local t = {" + list + "}\n"
          + "local calls, bits = 0, " + '"' + "0110100111010001101110010110" + '"' + "\n"
          + "local cmp = " + comparator + "\n"
          + "local ok, e = pcall(table.sort, t, cmp)\n"
          + "for i = 1, #t do if type(t[i]) == 'table' then t[i] = t[i].k .. '/' .. t[i].i end end\n"
          + "p(ok, e, calls) p(unpack(t))\n";
    }
  }

  private static final List<String> COMPARATORS = List.of(
      "nil",
      "function(a, b) calls = calls + 1 return a < b end",
      "function(a, b) calls = calls + 1 return a > b end",
      "function(a, b) calls = calls + 1 return a <= b end",
      "function(a, b) calls = calls + 1 return true end",
      "function(a, b) calls = calls + 1 return false end",
      "function(a, b) calls = calls + 1 local i = calls % #bits + 1 return bits:sub(i, i) == '1' end",
      "function(a, b) calls = calls + 1 if calls > 40 then error('tired') end return a < b end");

  @Provide
  Arbitrary<Case> numberCases() {
    Arbitrary<List<String>> elements = Arbitraries.integers().between(-5, 15)
        .map(String::valueOf).list().ofMaxSize(60);
    return Combinators.combine(elements, Arbitraries.of(COMPARATORS)).as(Case::new);
  }

  @Provide
  Arbitrary<Case> stringCases() {
    Arbitrary<List<String>> elements = Arbitraries.strings().withChars("abAB").ofMaxLength(3)
        .map(s -> "'" + s + "'").list().ofMaxSize(40);
    return Combinators.combine(elements, Arbitraries.of(COMPARATORS)).as(Case::new);
  }

  /** Records with equal keys: the final order shows which equal elements moved where. */
  @Provide
  Arbitrary<Case> recordCases() {
    Arbitrary<List<Integer>> keys = Arbitraries.integers().between(1, 4).list().ofMaxSize(40);
    Arbitrary<String> cmp = Arbitraries.of(
        "function(a, b) calls = calls + 1 return a.k < b.k end",
        "function(a, b) calls = calls + 1 return a.k > b.k end",
        "function(a, b) calls = calls + 1 return a.k <= b.k end");
    return Combinators.combine(keys, cmp).as((ks, c) -> {
      List<String> records = new java.util.ArrayList<>();
      for (int i = 0; i < ks.size(); i++) records.add("{k = " + ks.get(i) + ", i = " + (i + 1) + "}");
      return new Case(records, c);
    });
  }

  @Property(tries = 150)
  void numbers(@ForAll("numberCases") Case c) throws IOException {
    compare(c);
  }

  @Property(tries = 100)
  void strings(@ForAll("stringCases") Case c) throws IOException {
    compare(c);
  }

  @Property(tries = 100)
  void recordsWithTies(@ForAll("recordCases") Case c) throws IOException {
    compare(c);
  }

  private static void compare(Case c) throws IOException {
    String script = c.script();
    assertEquals(Reference.lua51(script, ""), Reference.jlua(script, ""), script);
  }
}

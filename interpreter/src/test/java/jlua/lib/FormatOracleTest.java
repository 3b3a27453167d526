package jlua.lib;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * string.format on random conversion specifications (flags, width, precision, conversion) and values
 * (integers, halfway cases, huge, tiny, negative zero, infinities, NaNs of both signs, strings with
 * zeros, long strings) prints exactly what lua5.1 on glibc prints, errors included. Each try is one
 * batch in one lua5.1 process.
 */
@AddLifecycleHook(StringOracle.RequiresLua51.class)
class FormatOracleTest {
  private static final String RUNNER = String.join("\n",
      "local INF, NAN, PNAN, NEGZERO = 1/0, 0/0, -(0/0), -1/(1/0)",
      "local cases = {",
      "%s",
      "}",
      "for i = 1, #cases do",
      "  local c = cases[i]",
      "  emit(i, pcall(string.format, unpack(c, 1, c.n)))",
      "end",
      "");

  @Property(tries = 150)
  void formatAgreesWithLua51(@ForAll("cases") List<String> cases) {
    StringOracle.check(RUNNER, cases);
  }

  @Provide
  Arbitrary<List<String>> cases() {
    Arbitrary<String> one = Combinators.combine(spec(), value(), Arbitraries.strings().withChars("ab %\0").ofMaxLength(2))
        .as((spec, v, text) -> "{n = 2, " + StringOracle.literal(text + spec + text) + ", " + v + "}");
    Arbitrary<String> two = Combinators.combine(spec(), spec(), value(), value())
        .as((s1, s2, v1, v2) -> "{n = 3, " + StringOracle.literal(s1 + "|" + s2) + ", " + v1 + ", " + v2 + "}");
    Arbitrary<String> missing = spec().map(s -> "{n = 1, " + StringOracle.literal("<" + s + ">") + "}");
    return Arbitraries.frequencyOf(Tuple.of(8, one), Tuple.of(3, two), Tuple.of(1, missing))
        .list().ofMinSize(100).ofMaxSize(200);
  }

  /** %[flags][width][.precision]conversion, mostly well formed. */
  static Arbitrary<String> spec() {
    Arbitrary<String> flags = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.strings().withChars("-+ #0").ofMaxLength(3)),
        Tuple.of(1, Arbitraries.strings().withChars("-+ #0").ofMinLength(5).ofMaxLength(6)));
    Arbitrary<String> width = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(3, Arbitraries.integers().between(0, 40).map(String::valueOf)),
        Tuple.of(1, Arbitraries.of("99", "100", "05")));
    Arbitrary<String> precision = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.just(".")),
        Tuple.of(3, Arbitraries.integers().between(0, 20).map(p -> "." + p)),
        Tuple.of(1, Arbitraries.of(".99", ".100", ".60", ".00")));
    Arbitrary<String> conversion = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.of("c", "d", "i", "o", "u", "x", "X", "e", "E", "f", "g", "G", "q", "s")),
        Tuple.of(1, Arbitraries.of("y", "%", "l", "", "F", "a", "n", "\0")));
    return Combinators.combine(flags, width, precision, conversion).as((f, w, p, c) -> "%" + f + w + p + c);
  }

  /** A Lua expression for an argument. */
  static Arbitrary<String> value() {
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d));
    Arbitrary<Double> integers = Arbitraries.longs().between(-(1L << 40), 1L << 40).map(l -> (double) l);
    Arbitrary<Double> small = Arbitraries.integers().between(-300, 300).map(i -> (double) i);
    Arbitrary<Double> decimals = Arbitraries.integers().between(-99999, 99999)
        .flatMap(m -> Arbitraries.integers().between(-12, 12).map(e -> m * Math.pow(10, e)));
    Arbitrary<Double> halves = Arbitraries.integers().between(-2000, 2000).map(i -> i / 8.0);
    Arbitrary<Double> special = Arbitraries.of(0.5, 1.5, 2.5, 0.125, 0x1p63, -0x1p63, 0x1p64, 0x1p64 * 4, 1e15,
        1e16, 1e17, 1e20, 1e22, 1e100, 1e300, 1e-5, 1e-4, 5e-324, Double.MAX_VALUE, 2.675, 1.005, 9.995, 255.0,
        65.0, 321.0, -1.0, 4294967296.0 + 65, 2147483648.0, 0.1, 1.0 / 3, 2.0 / 3, 123456.5, 999999.5);
    Arbitrary<String> numbers = Arbitraries.oneOf(anyBits, integers, small, decimals, halves, special)
        .map(FormatOracleTest::number);
    Arbitrary<String> named = Arbitraries.of("INF", "-INF", "NAN", "PNAN", "NEGZERO", "0");
    Arbitrary<String> strings = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withChars("ab\0\n\r\"\\\377 %1").ofMaxLength(8).map(StringOracle::literal)),
        Tuple.of(1, Arbitraries.of("string.rep('x', 98) .. '\\0yz'", "string.rep('ab\\0', 40)",
            "string.rep('y', 150)", "'12'", "' 0x10 '", "'1e2'")),
        Tuple.of(1, Arbitraries.of("{}", "true", "nil", "print")));
    return Arbitraries.frequencyOf(Tuple.of(6, numbers), Tuple.of(1, named), Tuple.of(3, strings));
  }

  private static String number(double d) {
    if (d == 0 && 1 / d < 0) return "NEGZERO";
    if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
    return "(" + Double.toString(d) + ")"; // Double.toString reads back exactly, and strtod takes its form
  }
}

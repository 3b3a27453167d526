package jlua.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jlua.testing.LuaOracle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import jlua.vm.NumberFormat;
import jlua.grammar.LuaNumbers;

/**
 * Numbers to text and back: tostring is C's %.14g and tonumber is strtod, checked against lua5.1 on
 * random doubles (batched: one lua5.1 run per try), and the round trip through text where %.14g is exact.
 */
class NumberTextProperties {

  @Provide
  Arbitrary<Double> interestingDoubles() {
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d));
    Arbitrary<Double> integers = Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (double) l);
    Arbitrary<Double> decimals = Arbitraries.integers().between(-999999, 999999)
        .flatMap(m -> Arbitraries.integers().between(-20, 20).map(e -> m * Math.pow(10, e)));
    Arbitrary<Double> halfway = Arbitraries.longs().between(1, 1L << 40).map(l -> l + 0.5);
    return Arbitraries.oneOf(anyBits, integers, decimals, halfway,
        Arbitraries.of(0.0, -0.0, 1e14, 1e15, 1e16, 99999999999999.0, 0.1, 1.0 / 3, 5e-324, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-5, 1e-4, 123456789012345.0));
  }

  @Property(tries = 8)
  void tostringMatchesLua51(@ForAll @Size(400) List<@From("interestingDoubles") Double> numbers) {
    LuaOracle.assumeAvailable();
    StringBuilder code = new StringBuilder();
    for (double d : numbers) code.append("print(tostring(tonumber(\"").append(javaText(d)).append("\")))\n");
    LuaOracle.assertSameOutput(LuaOracle.reference(code.toString()), LuaOracle.jlua(code.toString()), code.toString());
  }

  @Property(tries = 8)
  void tonumberMatchesLua51(@ForAll @Size(300) List<@From("numberishText") String> texts) {
    LuaOracle.assumeAvailable();
    StringBuilder code = new StringBuilder();
    for (String t : texts) code.append("print(tonumber(\"").append(t).append("\"))\n");
    LuaOracle.assertSameOutput(LuaOracle.reference(code.toString()), LuaOracle.jlua(code.toString()), code.toString());
  }

  @Provide
  Arbitrary<String> numberishText() {
    Arbitrary<String> pieces = Arbitraries.of("0", "1", "9", "12", ".", "e", "E", "+", "-", "x", "X", "a", "f",
        "p", " ", "\\t", "\\n", "inf", "nan", "0x", "00", "5e", "1e308", "1e-400");
    return pieces.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  /** tonumber(tostring(x)) == x for every double that %.14g represents exactly. */
  @Property(tries = 2000)
  void tostringRoundTripsWhenExact(@ForAll("interestingDoubles") double d) {
    String text = NumberFormat.toLuaString(d);
    Double back = LuaNumbers.parse(text);
    if (Double.isInfinite(d)) {
      assertEquals(d, back, text);
    } else if (new java.math.BigDecimal(d).round(new java.math.MathContext(14)).doubleValue() == d) {
      assertEquals(d, back, text); // -0 included: Double.equals tells -0.0 from 0.0
    }
  }

  private static String javaText(double d) {
    return Double.toString(d); // shortest text that reads back to exactly d (strtod accepts its form)
  }
}

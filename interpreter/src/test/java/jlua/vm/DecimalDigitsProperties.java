package jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The integer fast paths of DecimalDigits agree with BigDecimal's exact half-even rounding, for
 * doubles of every magnitude and shape (ties, near-ties, powers of ten, subnormals).
 */
class DecimalDigitsProperties {

  @Provide
  Arbitrary<Double> positiveDoubles() {
    Arbitrary<Double> anyBits = Arbitraries.longs().between(1, 0x7FEFFFFFFFFFFFFFL).map(Double::longBitsToDouble);
    Arbitrary<Double> scaled = Arbitraries.integers().between(1, 99999999)
        .flatMap(m -> Arbitraries.integers().between(-25, 25).map(e -> m * Math.pow(10, e)));
    Arbitrary<Double> ties = Arbitraries.longs().between(0, 1L << 40)
        .flatMap(l -> Arbitraries.integers().between(1, 12).map(b -> (l + 0.5) / (1L << b)));
    Arbitrary<Double> neighbours = scaled.map(d -> Math.nextUp(d));
    Arbitrary<Double> small = Arbitraries.doubles().between(-30, 30).map(x -> Math.pow(10, x));
    return Arbitraries.oneOf(anyBits, scaled, ties, neighbours, small,
        Arbitraries.of(5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, 0.5, 1.0, 9.5, 99999999999999.5,
            999999.5, 0.15, 0.25, 2.5, 1e15, 1e17, 1e18, 1e19, 0x1p52, 0x1p53, 0x1p63, 0x1p64));
  }

  @Property(tries = 20000)
  void significantDigitsAreExact(@ForAll("positiveDoubles") double v, @ForAll @IntRange(min = 1, max = 20) int count) {
    BigDecimal exact = new BigDecimal(v);
    BigDecimal rounded = exact.round(new MathContext(count, RoundingMode.HALF_EVEN));
    DecimalDigits.Rounded got = DecimalDigits.significant(v, count);
    assertEquals(stripZeros(rounded.unscaledValue().toString()), stripZeros(got.digits()), "digits of " + exact);
    assertEquals(rounded.precision() - rounded.scale() - 1, got.exponent(), "exponent of " + exact);
    assertEquals(exact.precision() - exact.scale() - 1, got.unroundedExponent(), "unrounded exponent of " + exact);
  }

  @Property(tries = 20000)
  void fixedDigitsAreExact(@ForAll("positiveDoubles") double v, @ForAll @IntRange(min = 0, max = 20) int places) {
    String expected = new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    assertEquals(expected, DecimalDigits.fixed(v, places), "%." + places + "f of " + new BigDecimal(v));
  }

  private static String stripZeros(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') end--;
    return digits.substring(0, end);
  }
}

package jlua.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a double, rounded half to even on its exact binary value, as glibc's printf
 * rounds. Most numbers a script prints are done in 64/128-bit integer arithmetic: a double is
 * m * 2^e, so m * 2^e * 10^k splits into an integer numerator and denominator that usually fit.
 * The rest (huge or tiny magnitudes, more than 18 digits) fall back to BigDecimal, which is exact but
 * costs a class-loading and warm-up bill a command cannot afford for every {@code print(0.1)}.
 */
final class DecimalDigits {
  private DecimalDigits() {}

  /** A value rounded to a number of significant digits: d.ddd x 10^exponent. */
  record Rounded(String digits, int exponent, int unroundedExponent) {}

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
  }

  private static final long NOT_EXACT = -1;

  /** {@code v} (finite, > 0) rounded to {@code count} significant digits. */
  static Rounded significant(double v, int count) {
    if (count < POW10.length) {
      int exponent = (int) Math.floor(Math.log10(v)); // may be one off near powers of ten: checked below
      for (int attempt = 0; attempt < 3; attempt++) {
        long scaled = scaledTimesTwo(v, count - 1 - exponent);
        if (scaled == NOT_EXACT) break;
        long floor = scaled >>> 1;
        if (floor >= POW10[count]) {
          exponent++;
        } else if (floor < POW10[count - 1]) {
          exponent--;
        } else {
          long digits = floor + (scaled & 1);
          if (digits == POW10[count]) return new Rounded(Long.toString(POW10[count - 1]), exponent + 1, exponent);
          return new Rounded(Long.toString(digits), exponent, exponent);
        }
      }
    }
    return significantExactly(v, count);
  }

  /** The digits of {@code v} (finite, >= 0) rounded to {@code fractionDigits} places, point included. */
  static String fixed(double v, int fractionDigits) {
    long scaled = fractionDigits < POW10.length ? scaledTimesTwo(v, fractionDigits) : NOT_EXACT;
    if (scaled == NOT_EXACT) return new BigDecimal(v).setScale(fractionDigits, RoundingMode.HALF_EVEN).toPlainString();
    String digits = Long.toString((scaled >>> 1) + (scaled & 1));
    if (fractionDigits == 0) return digits;
    if (digits.length() <= fractionDigits) digits = "0".repeat(fractionDigits + 1 - digits.length()) + digits;
    int point = digits.length() - fractionDigits;
    return digits.substring(0, point) + "." + digits.substring(point);
  }

  /**
   * floor(v * 10^k) * 2, plus 1 when the exact product rounds up (half to even); NOT_EXACT when the
   * arithmetic would not fit. {@code v} is finite and >= 0.
   */
  static long scaledTimesTwo(double v, int k) {
    long bits = Double.doubleToRawLongBits(v);
    int biased = (int) (bits >>> 52) & 0x7FF;
    long m = bits & 0xFFFFFFFFFFFFFL;
    int e = biased == 0 ? -1074 : biased - 1075;
    if (biased != 0) m |= 1L << 52;
    if (m == 0) return 0;
    int zeros = Long.numberOfTrailingZeros(m); // smaller numbers, same value
    m >>>= zeros;
    e += zeros;
    if (Math.abs(k) >= POW10.length) return NOT_EXACT;
    return k >= 0 ? multiplied(m, e, POW10[k]) : divided(m, e, POW10[-k]);
  }

  /** m * 2^e * p with p = 10^k: the numerator m*p is up to 113 bits, the denominator 2^-e. */
  private static long multiplied(long m, int e, long p) {
    long lo = m * p;
    long hi = Math.multiplyHigh(m, p);
    if (e >= 0) { // an integer already: no rounding
      if (hi != 0 || e >= Long.numberOfLeadingZeros(lo) - 2) return NOT_EXACT;
      return (lo << e) << 1;
    }
    int s = -e;
    if (s >= 128) return 0; // the product is below 2^113 <= 2^(s-1): less than a half
    long floor;
    int comparison; // remainder against half of 2^s
    if (s >= 64) {
      int t = s - 64;
      floor = t == 0 ? hi : hi >>> t;
      long remHigh = t == 0 ? 0 : hi & ((1L << t) - 1);
      comparison = t == 0 ? Long.compareUnsigned(lo, 1L << 63)
          : remHigh != (1L << (t - 1)) ? Long.compareUnsigned(remHigh, 1L << (t - 1)) : (lo != 0 ? 1 : 0);
    } else {
      if ((hi >>> s) != 0) return NOT_EXACT;
      floor = s == 0 ? lo : (lo >>> s) | (hi << (64 - s));
      long rem = s == 0 ? 0 : lo & ((1L << s) - 1);
      comparison = s == 0 ? -1 : Long.compare(rem, 1L << (s - 1));
    }
    return withRounding(floor, comparison);
  }

  /** m * 2^e / d with d = 10^j: one 64-bit division when numerator and denominator fit. */
  private static long divided(long m, int e, long d) {
    long numerator;
    long denominator;
    if (e >= 0) {
      if (e >= Long.numberOfLeadingZeros(m) - 1) return NOT_EXACT;
      numerator = m << e;
      denominator = d;
    } else {
      if (-e >= Long.numberOfLeadingZeros(d) - 1) return NOT_EXACT;
      numerator = m;
      denominator = d << -e;
    }
    long floor = numerator / denominator;
    long rem = numerator % denominator;
    return withRounding(floor, Long.compare(rem, denominator - rem));
  }

  private static long withRounding(long floor, int remainderVersusHalf) {
    if (floor < 0 || floor >= (1L << 61)) return NOT_EXACT;
    boolean up = remainderVersusHalf > 0 || (remainderVersusHalf == 0 && (floor & 1) != 0);
    return floor << 1 | (up ? 1 : 0);
  }

  /** The BigDecimal route, for what the integer arithmetic cannot hold. */
  private static Rounded significantExactly(double v, int count) {
    BigDecimal exact = new BigDecimal(v);
    BigDecimal rounded = exact.round(new MathContext(count, RoundingMode.HALF_EVEN));
    return new Rounded(rounded.unscaledValue().toString(), exponentOf(rounded), exponentOf(exact));
  }

  /** The exponent X of a nonzero value written d.ddd x 10^X. */
  private static int exponentOf(BigDecimal value) {
    return value.precision() - value.scale() - 1;
  }
}

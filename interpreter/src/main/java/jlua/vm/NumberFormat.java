package jlua.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers to text as C's printf does on glibc: {@code tostring} is {@code %.14g}. Rounding is done on
 * the exact binary value, half to even, as glibc does (Java's Formatter rounds a shortest decimal
 * instead, which differs in rare cases).
 */
public final class NumberFormat {
  private NumberFormat() {}

  private static final double EXACT_INTEGER_LIMIT = 1e14; // below this, %.14g prints integers whole

  /** {@code tostring(d)}: C's {@code %.14g}. */
  public static String toLuaString(double d) {
    if (d == (long) d && Math.abs(d) < EXACT_INTEGER_LIMIT) {
      if (d == 0 && 1 / d < 0) return "-0";
      return Long.toString((long) d);
    }
    return formatG(d, 14, false, false);
  }

  /** "inf", "-inf", "nan" or "-nan" (glibc prints the sign of a NaN), or null for finite values. */
  public static String nonFinite(double d, boolean upper) {
    String s;
    if (Double.isNaN(d)) {
      s = Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
    } else if (Double.isInfinite(d)) {
      s = d < 0 ? "-inf" : "inf";
    } else {
      return null;
    }
    return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
  }

  /**
   * C's {@code %.<precision>g} (with {@code #} when {@code alternate}), without padding or sign flags.
   */
  public static String formatG(double d, int precision, boolean alternate, boolean upper) {
    String special = nonFinite(d, upper);
    if (special != null) return special;
    int p = precision == 0 ? 1 : precision;
    if (d == 0) {
      String zero = (1 / d < 0 ? "-0" : "0");
      if (alternate && p > 1) zero = zero + "." + "0".repeat(p - 1);
      else if (alternate) zero = zero + ".";
      return zero;
    }
    BigDecimal rounded = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
    // decimal exponent X of the rounded value, as %e would print it
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= p) {
      return formatE(rounded, p - 1, alternate, upper, !alternate);
    }
    // %f style with p - 1 - X digits after the point
    int fractionDigits = p - 1 - exponent;
    String text = rounded.setScale(Math.max(fractionDigits, 0), RoundingMode.HALF_EVEN).abs().toPlainString();
    if (!alternate) text = stripFractionZeros(text);
    else if (fractionDigits <= 0) text = text + ".";
    return (d < 0 ? "-" : "") + text;
  }

  /** Exponent form of an already rounded value: d.ddde+XX, trimming zeros when asked (%g). */
  private static String formatE(BigDecimal rounded, int fractionDigits, boolean alternate, boolean upper,
      boolean strip) {
    String digits = rounded.unscaledValue().abs().toString();
    int exponent = rounded.precision() - rounded.scale() - 1;
    StringBuilder mantissa = new StringBuilder();
    mantissa.append(digits.charAt(0));
    String rest = digits.substring(1);
    if (rest.length() < fractionDigits) rest = rest + "0".repeat(fractionDigits - rest.length());
    else rest = rest.substring(0, fractionDigits);
    if (strip) rest = rest.replaceAll("0+$", "");
    if (!rest.isEmpty() || alternate) mantissa.append('.').append(rest);
    String sign = rounded.signum() < 0 ? "-" : "";
    String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
    return sign + mantissa + (upper ? "E" : "e") + exp;
  }

  private static String stripFractionZeros(String text) {
    if (text.indexOf('.') < 0) return text;
    int end = text.length();
    while (text.charAt(end - 1) == '0') end--;
    if (text.charAt(end - 1) == '.') end--;
    return text.substring(0, end);
  }
}

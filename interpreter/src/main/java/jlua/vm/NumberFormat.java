package jlua.vm;

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
    String body = general(Math.abs(d), precision, alternate, upper);
    return Double.doubleToRawLongBits(d) < 0 ? "-" + body : body;
  }

  /** The digits of {@code %.<precision>f} for a finite value {@code abs >= 0} (the {@code #} flag: alternate). */
  public static String fixed(double abs, int precision, boolean alternate) {
    String text;
    if (abs < 0x1p53 && abs == (long) abs) { // an integer: no rounding to do
      text = Long.toString((long) abs);
      if (precision > 0) text = text + "." + "0".repeat(precision);
    } else {
      text = DecimalDigits.fixed(abs, precision);
    }
    return alternate && precision == 0 ? text + "." : text;
  }

  /** The digits of {@code %.<precision>e} for a finite value {@code abs >= 0}. */
  public static String exponential(double abs, int precision, boolean alternate, boolean upper) {
    if (abs == 0) return exponentForm("0", 0, precision, alternate, upper);
    DecimalDigits.Rounded rounded = DecimalDigits.significant(abs, precision + 1);
    return exponentForm(rounded.digits(), rounded.exponent(), precision, alternate, upper);
  }

  /** The digits of {@code %.<precision>g} for a finite value {@code abs >= 0}. */
  public static String general(double abs, int precision, boolean alternate, boolean upper) {
    int p = precision == 0 ? 1 : precision;
    DecimalDigits.Rounded rounded = abs == 0 ? new DecimalDigits.Rounded("0", 0, 0) : DecimalDigits.significant(abs, p);
    int exponent = rounded.exponent();
    if (exponent < -4 || exponent >= p) {
      if (alternate && abs != 0 && rounded.unroundedExponent() == p - 1) {
        // glibc: when rounding carries an f-style value (say 999999.5 at 6 digits) into e-style, %#g keeps
        // the f-style count of fraction digits, which is 0 there: "1.e+06", not "1.00000e+06"
        return exponentForm(rounded.digits(), exponent, 0, true, upper);
      }
      String text = exponentForm(rounded.digits(), exponent, p - 1, alternate, upper);
      if (alternate) return text;
      int e = text.indexOf(upper ? 'E' : 'e');
      return stripFractionZeros(text.substring(0, e)) + text.substring(e);
    }
    int fractionDigits = p - 1 - exponent; // %f with this many digits shows p significant ones
    String text = plain(rounded.digits(), exponent, fractionDigits);
    if (!alternate) return stripFractionZeros(text);
    return fractionDigits == 0 ? text + "." : text;
  }

  /** Significant digits d.ddd x 10^exponent written without exponent, with fractionDigits places. */
  private static String plain(String digits, int exponent, int fractionDigits) {
    StringBuilder b = new StringBuilder(fractionDigits + Math.max(exponent, 0) + 3);
    if (exponent < 0) {
      b.append('0');
    } else {
      for (int i = 0; i <= exponent; i++) b.append(i < digits.length() ? digits.charAt(i) : '0');
    }
    if (fractionDigits > 0) {
      b.append('.');
      for (int place = 1; place <= fractionDigits; place++) {
        int index = exponent + place; // digit for 10^-place
        b.append(index >= 0 && index < digits.length() ? digits.charAt(index) : '0');
      }
    }
    return b.toString();
  }

  /** d.ddde+XX from the significant digits (padded or cut to 1 + fractionDigits) and the exponent. */
  private static String exponentForm(String digits, int exponent, int fractionDigits, boolean alternate,
      boolean upper) {
    StringBuilder b = new StringBuilder(fractionDigits + 8);
    b.append(digits.charAt(0));
    if (fractionDigits > 0 || alternate) b.append('.');
    int have = Math.min(digits.length() - 1, fractionDigits);
    b.append(digits, 1, 1 + have);
    for (int i = have; i < fractionDigits; i++) b.append('0');
    b.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
    int x = Math.abs(exponent);
    if (x < 10) b.append('0');
    return b.append(x).toString();
  }

  private static String stripFractionZeros(String text) {
    if (text.indexOf('.') < 0) return text;
    int end = text.length();
    while (text.charAt(end - 1) == '0') end--;
    if (text.charAt(end - 1) == '.') end--;
    return text.substring(0, end);
  }
}

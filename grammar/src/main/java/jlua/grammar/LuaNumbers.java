package jlua.grammar;

/**
 * String to number conversion exactly as Lua 5.1 does it on glibc (luaO_str2d): used for numeric
 * literals, {@code tonumber} and string coercion alike.
 *
 * <p>luaO_str2d accepts what strtod accepts, then trailing white space. glibc's strtod takes
 * optional leading white space and sign, then decimal numbers, hexadecimal numbers with an
 * optional fraction and binary exponent, "inf", "infinity" and "nan" (with an optional
 * "(chars)" part) in any case. luaO_str2d's strtoul fallback, tried when strtod stops at an 'x',
 * can never succeed where glibc's hex-aware strtod failed, so it is not reproduced.
 */
public final class LuaNumbers {

  private static final double POSITIVE_NAN = Double.longBitsToDouble(0x7ff8000000000000L);
  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

  private LuaNumbers() {}

  /**
   * The number {@code text} denotes, or null if Lua 5.1 does not read it as a number. The text is a
   * byte string (chars up to 0xFF); like C, the conversion stops at a NUL character. A "-nan" keeps
   * its sign bit, as glibc's does (it prints as "-nan").
   */
  public static Double parse(String text) {
    String s = ChunkId.upToNul(text);
    int i = skipSpace(s, 0);
    Scan scan = new Scan(s, i);
    if (!scan.number()) {
      return null;
    }
    return skipSpace(s, scan.end) == s.length() ? scan.value : null;
  }

  static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');   // C isspace: \t \n \v \f \r and space
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One strtod call: on success {@code value} and {@code end} (strtod's endptr) are set. */
  private static final class Scan {
    private final String s;
    private final int start;
    private boolean negative;
    private double value;
    private int end;

    Scan(String s, int start) {
      this.s = s;
      this.start = start;
    }

    boolean number() {
      int i = start;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        negative = s.charAt(i) == '-';
        i++;
      }
      return infinity(i) || nan(i) || hex(i) || decimal(i);
    }

    private boolean infinity(int i) {
      if (!s.regionMatches(true, i, "inf", 0, 3)) {
        return false;
      }
      end = s.regionMatches(true, i, "infinity", 0, 8) ? i + 8 : i + 3;
      value = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return true;
    }

    private boolean nan(int i) {
      if (!s.regionMatches(true, i, "nan", 0, 3)) {
        return false;
      }
      end = i + 3;
      if (end < s.length() && s.charAt(end) == '(') {
        int j = end + 1;
        while (j < s.length() && isWordChar(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && s.charAt(j) == ')') {
          end = j + 1;
        }
      }
      value = negative ? NEGATIVE_NAN : POSITIVE_NAN;
      return true;
    }

    private boolean hex(int i) {
      if (!(s.startsWith("0x", i) || s.startsWith("0X", i))) {
        return false;
      }
      int digits = i + 2;
      int intEnd = skipHexDigits(digits);
      int fracStart = intEnd;
      int fracEnd = intEnd;
      if (intEnd < s.length() && s.charAt(intEnd) == '.') {
        fracStart = intEnd + 1;
        fracEnd = skipHexDigits(fracStart);
      }
      if (intEnd == digits && fracEnd == fracStart) {
        return false;             // "0x" without digits: strtod reads the "0" (decimal fallback)
      }
      int expEnd = exponentEnd(fracEnd, 'p', 'P');
      long limit = 4L * (fracEnd - digits) + 2200;          // past overflow and underflow
      long exponent = expEnd > fracEnd ? parseExponent(fracEnd + 1, expEnd, limit) : 0;
      end = expEnd;
      value = hexValue(s.substring(digits, intEnd), s.substring(fracStart, fracEnd), exponent);
      return true;
    }

    private double hexValue(String intDigits, String fracDigits, long exponent) {
      String literal = "0x" + (intDigits.isEmpty() ? "0" : intDigits) + "." + fracDigits + "p" + exponent;
      double magnitude = Double.parseDouble(literal);
      return negative ? -magnitude : magnitude;
    }

    private boolean decimal(int i) {
      int intEnd = skipDigits(i);
      int fracEnd = intEnd;
      if (intEnd < s.length() && s.charAt(intEnd) == '.') {
        fracEnd = skipDigits(intEnd + 1);
      }
      if (intEnd == i && fracEnd <= intEnd + 1) {
        return false;             // no digit at all
      }
      end = exponentEnd(fracEnd, 'e', 'E');
      String mantissa = s.substring(i, fracEnd);
      long limit = (fracEnd - i) + 1000L;                    // past overflow and underflow
      long exponent = end > fracEnd ? parseExponent(fracEnd + 1, end, limit) : 0;
      double magnitude = Double.parseDouble(mantissa + "e" + exponent);
      value = negative ? -magnitude : magnitude;
      return true;
    }

    /** The end of an exponent part starting at {@code i}, or {@code i} if there is no valid one. */
    private int exponentEnd(int i, char lower, char upper) {
      if (i >= s.length() || (s.charAt(i) != lower && s.charAt(i) != upper)) {
        return i;
      }
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int digitsEnd = skipDigits(j);
      return digitsEnd > j ? digitsEnd : i;
    }

    /**
     * A signed decimal exponent clamped to {@code limit}, which the caller chooses beyond overflow
     * and underflow for its mantissa: Java's parser wants an int-sized exponent.
     */
    private long parseExponent(int from, int to, long limit) {
      boolean minus = s.charAt(from) == '-';
      int i = (s.charAt(from) == '+' || minus) ? from + 1 : from;
      long e = 0;
      for (; i < to && e < limit; i++) {
        e = e * 10 + (s.charAt(i) - '0');
      }
      e = Math.min(e, limit);
      return minus ? -e : e;
    }

    private int skipDigits(int i) {
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private int skipHexDigits(int i) {
      while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80) {
        i++;
      }
      return i;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}

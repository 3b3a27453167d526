package jlua.lib;

/** C library number parsing that Lua 5.1 exposes: strtoul for tonumber with a base. */
final class CNumbers {
  private CNumbers() {}

  /**
   * tonumber(s, base) for base != 10: C's strtoul (leading space, optional sign, "0x" allowed in base
   * 16, wrap-around for negative values, ULONG_MAX on overflow), then only trailing space allowed.
   * Returns null when s is not such a number.
   */
  static Double strtoul(String s, int base) {
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) i++;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if (base == 16 && i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x'
        && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
      i += 2;
    }
    int start = i;
    long value = 0;
    boolean overflow = false;
    for (; i < n; i++) {
      int d = digit(s.charAt(i));
      if (d < 0 || d >= base) break;
      long next = value * base + d;
      if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, base)) > 0) overflow = true;
      value = next;
    }
    if (i == start) return null;
    while (i < n && isSpace(s.charAt(i))) i++;
    if (i != n) return null;
    if (overflow) value = -1L; // ULONG_MAX
    else if (negative) value = -value;
    return unsignedToDouble(value);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static double unsignedToDouble(long v) {
    if (v >= 0) return v;
    return ((v >>> 1) | (v & 1)) * 2.0; // round-to-odd halving keeps the conversion correctly rounded
  }
}

package jlua.lib;

import jlua.api.Args;
import jlua.api.LuaError;
import jlua.vm.NumberFormat;
import jlua.vm.Values;

/**
 * string.format: C's printf conversions, printed as glibc prints them for the C values Lua 5.1 hands
 * to sprintf ({@code %d} gets the number cast to a long, {@code %x} to an unsigned long, {@code %c} to
 * an int). 5.1 copies each item out of sprintf's buffer up to its first NUL; that truncation shows for
 * {@code %c} of 0 and for {@code %s} of strings with zeros, and is kept.
 */
final class StringFormat {
  private StringFormat() {}

  private static final String FLAGS = "-+ #0";
  private static final int MAX_FLAGS = 5; // 5.1 rejects a run of more flag characters than there are flags
  private static final int LONG_STRING = 100; // %s of a string this long with no precision is kept whole

  /** One conversion specification: %[flags][width][.precision]conversion. */
  private static final class Spec {
    boolean left, plus, space, alternate, zero;
    int width; // 0 when absent
    int precision = -1; // -1 when absent
    char conversion;
  }

  // string.format (formatstring, ...) -> string
  static Object format(Args args) {
    String fmt = args.checkString(1);
    int n = fmt.length();
    StringBuilder b = new StringBuilder(n + 16);
    int arg = 1;
    int i = 0;
    while (i < n) {
      char c = fmt.charAt(i++);
      if (c != '%') {
        b.append(c);
      } else if (i < n && fmt.charAt(i) == '%') {
        b.append('%');
        i++;
      } else {
        if (++arg > args.count()) throw args.argError(arg, "no value");
        Spec spec = new Spec();
        i = scan(fmt, i, spec);
        convert(b, args, arg, spec);
      }
    }
    return b.toString();
  }

  /** Reads flags, width and precision from position i (5.1 allows two digits each). */
  private static int scan(String fmt, int i, Spec spec) {
    int start = i;
    for (char c; (c = at(fmt, i)) != 0 && FLAGS.indexOf(c) >= 0; i++) {
      switch (c) {
        case '-' -> spec.left = true;
        case '+' -> spec.plus = true;
        case ' ' -> spec.space = true;
        case '#' -> spec.alternate = true;
        default -> spec.zero = true;
      }
    }
    if (i - start > MAX_FLAGS) throw new LuaError("invalid format (repeated flags)");
    for (int k = 0; k < 2 && isDigit(at(fmt, i)); k++) spec.width = spec.width * 10 + fmt.charAt(i++) - '0';
    if (at(fmt, i) == '.') {
      i++;
      spec.precision = 0;
      for (int k = 0; k < 2 && isDigit(at(fmt, i)); k++) {
        spec.precision = spec.precision * 10 + fmt.charAt(i++) - '0';
      }
    }
    if (isDigit(at(fmt, i))) throw new LuaError("invalid format (width or precision too long)");
    spec.conversion = at(fmt, i);
    return i + 1;
  }

  private static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : '\0'; // 5.1 reads the C string's terminator
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void convert(StringBuilder b, Args args, int arg, Spec spec) {
    char conv = spec.conversion;
    switch (conv) {
      case 'c' -> {
        char c = (char) (cInt(args.checkNumber(arg)) & 0xFF);
        if (c != 0) pad(b, spec, "", String.valueOf(c), false);
        else if (!spec.left) pad(b, spec, "", "", false, 1); // the NUL and what follows it are cut
      }
      case 'd', 'i' -> {
        long v = Values.toInteger(args.checkNumber(arg));
        String sign = v < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        integer(b, spec, v == 0, sign, v < 0 ? Long.toUnsignedString(-v) : Long.toString(v));
      }
      case 'o', 'u', 'x', 'X' -> {
        long v = unsignedLong(args.checkNumber(arg));
        String digits = conv == 'o' ? Long.toOctalString(v)
            : conv == 'u' ? Long.toUnsignedString(v) : Long.toHexString(v);
        if (conv == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        String prefix = spec.alternate && v != 0 && conv != 'o' && conv != 'u' ? (conv == 'x' ? "0x" : "0X") : "";
        integer(b, spec, v == 0, prefix, digits);
      }
      case 'e', 'E', 'f', 'g', 'G' -> floating(b, spec, args.checkNumber(arg));
      case 'q' -> quoted(b, args.checkString(arg));
      case 's' -> {
        String s = args.checkString(arg);
        if (spec.precision < 0 && s.length() >= LONG_STRING) {
          b.append(s); // 5.1 keeps such strings whole, zeros included
        } else {
          int nul = s.indexOf('\0');
          if (nul >= 0) s = s.substring(0, nul);
          if (spec.precision >= 0 && s.length() > spec.precision) s = s.substring(0, spec.precision);
          pad(b, spec, "", s, false);
        }
      }
      default -> throw new LuaError("invalid option '%" + (conv == 0 ? "" : String.valueOf(conv)) + "' to 'format'");
    }
  }

  /** An integer conversion: precision is a minimum digit count; '#' with %o forces a leading 0. */
  private static void integer(StringBuilder b, Spec spec, boolean isZero, String prefix, String digits) {
    if (spec.precision == 0 && isZero) digits = "";
    if (spec.precision > digits.length()) digits = "0".repeat(spec.precision - digits.length()) + digits;
    if (spec.alternate && spec.conversion == 'o' && !digits.startsWith("0")) digits = "0" + digits;
    pad(b, spec, prefix, digits, spec.zero && spec.precision < 0);
  }

  private static void floating(StringBuilder b, Spec spec, double d) {
    char conv = spec.conversion;
    boolean upper = conv == 'E' || conv == 'G';
    String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      String text = Double.isNaN(d) ? "nan" : "inf";
      pad(b, spec, sign, upper ? text.toUpperCase(java.util.Locale.ROOT) : text, false);
      return;
    }
    double abs = Math.abs(d);
    int precision = spec.precision < 0 ? 6 : spec.precision;
    String body = switch (conv) {
      case 'f' -> NumberFormat.fixed(abs, precision, spec.alternate);
      case 'e', 'E' -> NumberFormat.exponential(abs, precision, spec.alternate, upper);
      default -> NumberFormat.general(abs, precision, spec.alternate, upper);
    };
    pad(b, spec, sign, body, spec.zero);
  }

  /** %q: a string literal that reads back as the same bytes. */
  private static void quoted(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"', '\\', '\n' -> b.append('\\').append(c);
        case '\r' -> b.append("\\r");
        case '\0' -> b.append("\\000");
        default -> b.append(c);
      }
    }
    b.append('"');
  }

  private static void pad(StringBuilder b, Spec spec, String prefix, String body, boolean zeroPad) {
    pad(b, spec, prefix, body, zeroPad, 0);
  }

  /**
   * Writes prefix and body in a field of the spec's width: spaces on the left (right with '-'), or
   * zeros between prefix and body. {@code hidden} counts characters that take room but are not shown.
   */
  private static void pad(StringBuilder b, Spec spec, String prefix, String body, boolean zeroPad, int hidden) {
    int fill = spec.width - prefix.length() - body.length() - hidden;
    if (spec.left) {
      b.append(prefix).append(body);
      repeat(b, ' ', fill);
    } else if (zeroPad) {
      b.append(prefix);
      repeat(b, '0', fill);
      b.append(body);
    } else {
      repeat(b, ' ', fill);
      b.append(prefix).append(body);
    }
  }

  private static void repeat(StringBuilder b, char c, int count) {
    for (int i = 0; i < count; i++) b.append(c);
  }

  /** C's (int) cast of a double on x86-64: out of range and NaN give INT_MIN. */
  private static int cInt(double d) {
    return d > -2147483649.0 && d < 2147483648.0 ? (int) d : Integer.MIN_VALUE;
  }

  /** gcc's (unsigned long) cast of a double on x86-64, as 5.1 does for %o %u %x %X. */
  private static long unsignedLong(double d) {
    if (d >= 0x1p63) return Values.toInteger(d - 0x1p63) ^ Long.MIN_VALUE;
    return Values.toInteger(d);
  }
}

package jlua.initd.config;

/**
 * The {@code umask} field: the nine-letter form shows the masked bits ("---rwxrwx" = 077,
 * "----w--w-" = 022); a number or an octal string ("022", "0027") is taken as it is.
 */
final class Umask {
  private Umask() {}

  private static final String LETTERS = "rwxrwxrwx";

  /** The mask as a number, or an IllegalArgumentException naming what is wrong. */
  static int parse(Object value) {
    if (value instanceof Double d) {
      double n = d;
      if (n != Math.floor(n) || n < 0 || n > 0777) throw new IllegalArgumentException("umask out of range: " + n);
      return (int) n;
    }
    if (!(value instanceof String s)) throw new IllegalArgumentException("umask must be a string or a number");
    if (s.length() == 9 && !s.chars().allMatch(Character::isDigit)) return parseLetters(s);
    if (!s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> c >= '0' && c <= '7')) {
      return Integer.parseInt(s, 8);
    }
    throw new IllegalArgumentException("bad umask '" + s + "' (expected like \"---rwxrwx\" or \"027\")");
  }

  private static int parseLetters(String s) {
    int mask = 0;
    for (int i = 0; i < 9; i++) {
      char c = s.charAt(i);
      if (c == LETTERS.charAt(i)) {
        mask |= 1 << (8 - i);
      } else if (c != '-') {
        throw new IllegalArgumentException("bad umask '" + s + "': '" + c + "' at position " + (i + 1));
      }
    }
    return mask;
  }

  /** "0022" */
  static String octal(int mask) {
    String o = Integer.toOctalString(mask);
    return "0000".substring(o.length()) + o;
  }
}

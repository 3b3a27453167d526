package jlua.lib;

/**
 * The pattern classes %a %c %d %l %p %s %u %w %x %z and their complements, as C's ctype functions
 * answer them in the "C" locale: only ASCII bytes belong to a class (bytes 128-255 to none).
 */
final class CharClass {
  private CharClass() {}

  private static final int ALPHA = 1, CNTRL = 2, DIGIT = 4, LOWER = 8, PUNCT = 16, SPACE = 32, UPPER = 64,
      XDIGIT = 128, ZERO = 256;

  /** The classes of each byte. */
  private static final int[] TYPES = new int[256];
  /** The class bit a letter after '%' names (lower case), 0 for a literal. */
  private static final int[] BY_LETTER = new int[256];

  static {
    for (int c = 0; c < 128; c++) {
      int t = 0;
      if (c >= 'a' && c <= 'z') t |= ALPHA | LOWER;
      if (c >= 'A' && c <= 'Z') t |= ALPHA | UPPER;
      if (c >= '0' && c <= '9') t |= DIGIT | XDIGIT;
      if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) t |= XDIGIT;
      if (c < 32 || c == 127) t |= CNTRL;
      if (c == ' ' || (c >= 9 && c <= 13)) t |= SPACE;
      if (c > 32 && c < 127 && (t & (ALPHA | DIGIT)) == 0) t |= PUNCT;
      if (c == 0) t |= ZERO;
      TYPES[c] = t;
    }
    BY_LETTER['a'] = ALPHA;
    BY_LETTER['c'] = CNTRL;
    BY_LETTER['d'] = DIGIT;
    BY_LETTER['l'] = LOWER;
    BY_LETTER['p'] = PUNCT;
    BY_LETTER['s'] = SPACE;
    BY_LETTER['u'] = UPPER;
    BY_LETTER['w'] = ALPHA | DIGIT;
    BY_LETTER['x'] = XDIGIT;
    BY_LETTER['z'] = ZERO;
    for (int c = 'a'; c <= 'z'; c++) BY_LETTER[c - 'a' + 'A'] = BY_LETTER[c];
  }

  /** Whether byte c matches %cl: a class letter (upper case: the complement) or cl itself. */
  static boolean matches(int c, int cl) {
    int bits = BY_LETTER[cl & 0xFF];
    if (bits == 0) return c == cl;
    boolean in = (TYPES[c] & bits) != 0;
    return cl <= 'Z' ? !in : in;
  }
}

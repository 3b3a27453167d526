package jlua.lib.io;

import java.io.IOException;

/**
 * io.read("*n"): glibc's {@code fscanf(f, "%lf")}, as observed. Leading white space is skipped; then
 * characters are taken one at a time while they can extend a number (sign, decimal or 0x-hex digits,
 * one point, an exponent once a digit was seen, its sign right after it), and the first one that cannot
 * is pushed back. "inf", "infinity" and "nan" match case-insensitively; a mismatch inside those words
 * consumes the offending character. What was taken is then converted as strtod would, and the read fails
 * when that conversion uses nothing (or only "0x").
 */
public final class NumberReader {
  private NumberReader() {}

  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

  /** The number read, or null when the input does not start with one. */
  public static Double read(LuaFile f) throws IOException {
    int c = f.getc();
    while (c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') c = f.getc();
    boolean negative = false;
    if (c == '+' || c == '-') {
      negative = c == '-';
      c = f.getc();
    }
    if (c == 'i' || c == 'I') return word(f, "inf", negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    if (c == 'n' || c == 'N') return word(f, "nan", negative ? NEGATIVE_NAN : Double.NaN);

    StringBuilder text = new StringBuilder();
    boolean hex = false;
    if (c == '0') {
      text.append('0');
      c = f.getc();
      if (c == 'x' || c == 'X') {
        hex = true;
        text.setLength(0);
        c = f.getc();
      }
    }
    boolean digit = text.length() > 0;
    boolean point = false;
    boolean exponent = false;
    for (;; c = f.getc()) {
      if (c < 0) break;
      char ch = (char) c;
      boolean isDigit = ch >= '0' && ch <= '9'
          || hex && !exponent && (ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F');
      if (isDigit) {
        digit = true;
      } else if (ch == '.' && !point && !exponent) {
        point = true;
      } else if ((hex ? (ch == 'p' || ch == 'P') : (ch == 'e' || ch == 'E')) && digit && !exponent) {
        exponent = true;
        text.append(ch);
        c = f.getc();
        if (c == '+' || c == '-') {
          text.append((char) c);
          continue;
        }
        if (c < 0) break;
        if (!(c >= '0' && c <= '9')) break;
        text.append((char) c);
        continue;
      } else {
        break;
      }
      text.append(ch);
    }
    f.ungetc(c);
    if (!hex && !digit) return null;
    if (hex && !digit && !point) return null;
    double value = convert(text.toString(), hex);
    return negative ? -value : value;
  }

  /** Matches the rest of "inf"/"infinity" or "nan" after its first letter. */
  private static Double word(LuaFile f, String word, double value) throws IOException {
    for (int i = 1; i < word.length(); i++) {
      int c = f.getc();
      if (c < 0 || Character.toLowerCase((char) c) != word.charAt(i)) return null; // c is consumed
    }
    if (word.equals("inf")) {
      int c = f.getc();
      if (c == 'i' || c == 'I') {
        for (char expected : "nity".toCharArray()) {
          c = f.getc();
          if (c < 0 || Character.toLowerCase((char) c) != expected) return null;
        }
      } else {
        f.ungetc(c);
      }
    }
    return value;
  }

  /** strtod of the accepted text: an exponent without digits counts for nothing. */
  private static double convert(String text, boolean hex) {
    int e = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (hex ? (ch == 'p' || ch == 'P') : (ch == 'e' || ch == 'E')) e = i;
    }
    String mantissa = e < 0 ? text : text.substring(0, e);
    String exp = e < 0 ? "" : text.substring(e + 1);
    if (exp.equals("+") || exp.equals("-")) exp = "";
    if (hex) {
      if (mantissa.equals(".")) return 0.0; // "0x." reads as the 0 before the x
      return Double.parseDouble("0x" + mantissa + "p" + (exp.isEmpty() ? "0" : exp));
    }
    return Double.parseDouble(mantissa + (exp.isEmpty() ? "" : "e" + exp));
  }
}

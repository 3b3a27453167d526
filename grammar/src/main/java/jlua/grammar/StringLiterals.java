package jlua.grammar;

import org.antlr.v4.runtime.Token;

/**
 * The values of string tokens, decoded as llex.c's read_string and read_long_string do. Values
 * are byte strings: one char per byte, every char at most 0xFF.
 */
public final class StringLiterals {

  private StringLiterals() {}

  /** The value of a STRING token of a parse tree. */
  public static String decode(Token token) {
    return decode(token.getText());
  }

  /**
   * The value of a string token's text: a quoted string with its escapes ({@code \a \b \f \n \r \t
   * \v \\ \" \' \<newline>}, {@code \ddd} up to 255, any other escaped char standing for itself),
   * or a long bracket, whose first newline is dropped.
   */
  public static String decode(String text) {
    if (text.charAt(0) == '[') {
      return longBracketBody(text);
    }
    Scan scan = scanQuoted(text);
    if (scan.problem != null) {
      throw new IllegalArgumentException("not a valid Lua string token: " + text);
    }
    return scan.value.toString();
  }

  /**
   * What llex holds in its buffer for a string token, which is what 5.1 shows after "near": the
   * delimiters around the decoded value (for long brackets, around the body with its first
   * newline dropped).
   */
  static String bufferText(String text) {
    if (text.charAt(0) == '[') {
      int open = text.indexOf('[', 1) + 1;
      return text.substring(0, open) + longBracketBody(text) + text.substring(text.length() - open);
    }
    return text.charAt(0) + scanQuoted(text).value.toString() + text.charAt(0);
  }

  private static String longBracketBody(String text) {
    int open = text.indexOf('[', 1) + 1;
    int start = open < text.length() && text.charAt(open) == '\n' ? open + 1 : open;
    return text.substring(start, Math.max(start, text.length() - open));
  }

  /**
   * Reads a quoted string (possibly cut short by a newline or the end of the source) the way
   * read_string does, stopping at the first lexical error.
   */
  static Scan scanQuoted(String text) {
    Scan scan = new Scan();
    char quote = text.charAt(0);
    int i = 1;
    int n = text.length();
    while (i < n && text.charAt(i) != quote) {
      char c = text.charAt(i++);
      if (c != '\\') {
        scan.value.append(c);
      } else if (i < n) {
        i = escape(text, i, scan);
        if (scan.problem != null) {
          return scan;
        }
      }
    }
    if (i >= n) {
      scan.problem = "unfinished string";
    }
    return scan;
  }

  /** Decodes the escape whose first char (after the backslash) is at {@code i}; returns the next index. */
  private static int escape(String text, int i, Scan scan) {
    char c = text.charAt(i);
    switch (c) {
      case 'a': scan.value.append('\u0007'); return i + 1;
      case 'b': scan.value.append('\b'); return i + 1;
      case 'f': scan.value.append('\f'); return i + 1;
      case 'n': scan.value.append('\n'); return i + 1;
      case 'r': scan.value.append('\r'); return i + 1;
      case 't': scan.value.append('\t'); return i + 1;
      case 'v': scan.value.append('\u000B'); return i + 1;
      case '\n':
        scan.value.append('\n');
        scan.newlines++;
        return i + 1;
      default:
        break;
    }
    if (c < '0' || c > '9') {
      scan.value.append(c);
      return i + 1;
    }
    int code = 0;
    int end = Math.min(i + 3, text.length());
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      code = code * 10 + (text.charAt(i++) - '0');
    }
    if (code > 0xFF) {
      scan.problem = "escape sequence too large";
    } else {
      scan.value.append((char) code);
    }
    return i;
  }

  /** The outcome of reading a quoted string: its value so far, and the first problem if any. */
  static final class Scan {
    final StringBuilder value = new StringBuilder();
    int newlines;          // escaped newlines read, so the line where reading stopped is known
    String problem;
  }
}

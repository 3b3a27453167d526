package jlua.grammar;

/** Prepares source text for the lexer: the optional '#' first line and 5.1's newline rule. */
final class SourceText {

  private SourceText() {}

  static String prepare(String source, boolean skipFirstLine) {
    String text = skipFirstLine ? withoutHashLine(source) : source;
    return normalizeNewlines(text);
  }

  /**
   * luaL_loadfile skips a first line starting with '#' up to and including its '\n' and feeds a
   * "\n" in its place, so line numbers do not change.
   */
  static String withoutHashLine(String source) {
    if (!source.startsWith("#")) {
      return source;
    }
    int newline = source.indexOf('\n');
    return newline < 0 ? "\n" : source.substring(newline);
  }

  /**
   * llex counts '\n' or '\r', optionally followed by the other one, as one line break, and never
   * keeps the characters themselves (long strings and escaped newlines store '\n'). Replacing each
   * such sequence by '\n' up front therefore changes no token value and lets ANTLR count lines.
   */
  static String normalizeNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        out.append(c);
        continue;
      }
      out.append('\n');
      if (i + 1 < n && isOtherNewline(c, text.charAt(i + 1))) {
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isOtherNewline(char first, char next) {
    return (next == '\n' || next == '\r') && next != first;
  }
}

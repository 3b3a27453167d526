package jlua.grammar;

import java.util.Random;

/** Writes byte strings as Lua 5.1 string literals, choosing among the equivalent spellings at random. */
final class LuaLiterals {

  private static final String NAMED = "\u0007a\bb\ff\nn\rr\tt\u000Bv\\\\\"\"''";

  private LuaLiterals() {}

  static String quoted(String value, Random random) {
    char quote = random.nextBoolean() ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean digitFollows = i + 1 < value.length() && Character.isDigit(value.charAt(i + 1));
      out.append(spell(c, quote, digitFollows, random.nextInt(4)));
    }
    return out.append(quote).toString();
  }

  private static String spell(char c, char quote, boolean digitFollows, int choice) {
    int named = NAMED.indexOf(c);
    boolean mustEscape = c == quote || c == '\\' || c == '\n' || c == '\r';
    if (choice == 1 && named >= 0 && named % 2 == 0) {
      return "\\" + NAMED.charAt(named + 1);
    }
    if (choice == 2 && c == '\n') {
      return "\\\n";                                   // backslash-newline
    }
    if (choice == 2 && !mustEscape && !Character.isDigit(c) && NAMED.indexOf(c, 0) < 0
        && "abfnrtv".indexOf(c) < 0) {
      return "\\" + c;                                 // any other escaped char stands for itself
    }
    if (choice == 3 || mustEscape) {
      return digitFollows ? String.format("\\%03d", (int) c) : "\\" + (int) c;
    }
    return String.valueOf(c);
  }

  /**
   * A long bracket of some level that holds {@code value}, or null if none can. At level 0 the
   * value may not contain "[[" (5.1: "nesting of [[...]] is deprecated").
   */
  static String longBracket(String value, Random random) {
    if (value.indexOf('\r') >= 0) {
      return null;                                     // 5.1 reads a CR in a long string as '\n'
    }
    int start = random.nextInt(4);
    for (int k = 0; k < 6; k++) {
      int level = (start + k) % 6;
      String open = "[" + "=".repeat(level) + "[";
      String close = "]" + "=".repeat(level) + "]";
      String body = (value.startsWith("\n") ? "\n" : "") + value;    // the first newline is dropped
      if ((value + close).indexOf(close) == value.length() && (level > 0 || !body.contains("[["))) {
        return open + body + close;
      }
    }
    return null;
  }
}

package jlua.grammar;

import static jlua.grammar.Lua51Lexer.*;

/** lparser.c's table of binary operator priorities (left, right); right < left means right-assoc. */
final class Priority {

  private static final int[][] PRIORITIES = new int[Lua51Lexer.VOCABULARY.getMaxTokenType() + 1][];

  static {
    set(6, 6, PLUS, MINUS);
    set(7, 7, STAR, SLASH, PERCENT);
    set(10, 9, CARET);
    set(5, 4, CONCAT);
    set(3, 3, NE, EQ, LT, LE, GT, GE);
    set(2, 2, AND);
    set(1, 1, OR);
  }

  private Priority() {}

  private static void set(int left, int right, int... types) {
    for (int type : types) {
      PRIORITIES[type] = new int[] {left, right};
    }
  }

  static boolean isBinary(int type) {
    return type > 0 && PRIORITIES[type] != null;
  }

  static int left(int type) {
    return PRIORITIES[type][0];
  }

  static int right(int type) {
    return PRIORITIES[type][1];
  }
}

package jlua.ast;

/** Binary operators with 5.1's priorities (lparser.c's priority table: left, right). */
public enum BinOp {
  ADD("+", 6, 6), SUB("-", 6, 6), MUL("*", 7, 7), DIV("/", 7, 7), MOD("%", 7, 7),
  POW("^", 10, 9), // right associative
  CONCAT("..", 5, 4), // right associative
  NE("~=", 3, 3), EQ("==", 3, 3), LT("<", 3, 3), LE("<=", 3, 3), GT(">", 3, 3), GE(">=", 3, 3),
  AND("and", 2, 2), OR("or", 1, 1);

  public final String symbol;
  public final int leftPriority;
  public final int rightPriority;

  BinOp(String symbol, int leftPriority, int rightPriority) {
    this.symbol = symbol;
    this.leftPriority = leftPriority;
    this.rightPriority = rightPriority;
  }

  /** Priority of unary operators: binds tighter than everything except {@code ^}. */
  public static final int UNARY_PRIORITY = 8;

  public static BinOp fromSymbol(String s) {
    for (BinOp op : values()) {
      if (op.symbol.equals(s)) return op;
    }
    throw new IllegalArgumentException(s);
  }
}

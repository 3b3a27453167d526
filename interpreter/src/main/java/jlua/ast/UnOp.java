package jlua.ast;

/** Unary operators. */
public enum UnOp {
  NEG, NOT, LEN
}

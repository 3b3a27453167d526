package jlua.ast;

/** A field of a table constructor: {@code exp}, {@code name = exp} or {@code [key] = exp}. */
public sealed interface TableField {
  record Positional(Expr value) implements TableField {}

  /** {@code name = value} and {@code [key] = value}; a name is a {@link Expr.Str} key. */
  record Keyed(Expr key, Expr value) implements TableField {}
}

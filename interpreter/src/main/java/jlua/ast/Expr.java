package jlua.ast;

import java.util.List;

/**
 * Lua 5.1 expressions. Every node records {@code line}: the source line 5.1 would attribute to the
 * instruction that computes it (for calls the line of the argument list, for operators the line of the
 * operator's last operand token), which error messages and line hooks report.
 */
public sealed interface Expr {
  int line();

  record Nil(int line) implements Expr {}

  record True(int line) implements Expr {}

  record False(int line) implements Expr {}

  record Vararg(int line) implements Expr {}

  record Number(double value, int line) implements Expr {}

  record Str(String value, int line) implements Expr {}

  record Function(FuncBody body, int line) implements Expr {}

  /** A variable reference: resolved by the compiler to a local, an upvalue or a global. */
  record Name(String name, int line) implements Expr {}

  /** {@code obj[key]} and {@code obj.name} (key is a {@link Str}). */
  record Index(Expr object, Expr key, int line) implements Expr {}

  /** {@code fn(args)}, {@code fn "s"}, {@code fn {...}}; line is the line where the arguments start. */
  record Call(Expr function, List<Expr> args, int line) implements Expr {}

  /** {@code obj:name(args)}. */
  record MethodCall(Expr object, String method, List<Expr> args, int line) implements Expr {}

  /** A parenthesised expression: truncates to one value and is never an assignment target. */
  record Paren(Expr inner, int line) implements Expr {}

  record Binary(BinOp op, Expr left, Expr right, int line) implements Expr {}

  record Unary(UnOp op, Expr operand, int line) implements Expr {}

  /** A table constructor; {@code closeLine} is the line of the closing brace. */
  record Table(List<TableField> fields, int line, int closeLine) implements Expr {}

  /** Whether this expression may yield several values (a call or {@code ...}). */
  static boolean isMultiValued(Expr e) {
    return e instanceof Call || e instanceof MethodCall || e instanceof Vararg;
  }
}

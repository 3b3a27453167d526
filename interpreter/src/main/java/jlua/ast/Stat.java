package jlua.ast;

import java.util.List;

/** Lua 5.1 statements; {@code line} is the line of the statement's first token unless noted. */
public sealed interface Stat {
  int line();

  /** {@code local n1, n2 = e1, e2}; line is the line of the last token of the statement. */
  record Local(List<String> names, List<Expr> values, int line) implements Stat {}

  /** {@code v1, v2 = e1, e2}; line is the line of the last token of the statement. */
  record Assign(List<Expr> targets, List<Expr> values, int line) implements Stat {}

  /** A function call used as a statement. */
  record CallStat(Expr call, int line) implements Stat {}

  record Do(Block body, int line) implements Stat {}

  record While(Expr condition, Block body, int line, int endLine) implements Stat {}

  record Repeat(Block body, Expr condition, int line) implements Stat {}

  /** {@code if c1 then b1 elseif c2 then b2 else b3 end}; elseBlock may be null. */
  record If(List<Expr> conditions, List<Block> blocks, Block elseBlock, int line, int endLine)
      implements Stat {}

  /** {@code for var = start, limit [, step] do body end}; step may be null. */
  record NumericFor(String var, Expr start, Expr limit, Expr step, Block body, int line, int endLine)
      implements Stat {}

  record GenericFor(List<String> names, List<Expr> iterators, Block body, int line, int endLine)
      implements Stat {}

  /** {@code function a.b.c:m() end}: path = [a, b, c], method = m or null. */
  record Function(List<String> path, String method, FuncBody body, int line) implements Stat {}

  record LocalFunction(String name, FuncBody body, int line) implements Stat {}

  record Return(List<Expr> values, int line) implements Stat {}

  record Break(int line) implements Stat {}
}

package jlua.ast;

import java.util.ArrayList;
import java.util.List;
import jlua.grammar.Lua51Parser;
import jlua.grammar.Lua51Parser.ExpContext;
import jlua.grammar.Lua51Parser.PrefixexpContext;
import jlua.grammar.LuaGrammar;
import jlua.grammar.LuaNumbers;
import jlua.grammar.StringLiterals;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the grammar's parse tree into the AST, recording for each node the source line 5.1 would
 * attribute to its code. This is the only class that sees ANTLR types.
 */
public final class AstBuilder {
  private AstBuilder() {}

  /**
   * Parses and builds a main chunk.
   *
   * @throws jlua.grammar.LuaSyntaxError when the source is not valid Lua 5.1
   */
  public static FuncBody parseChunk(String source, String chunkName, boolean skipShebang, int callDepth) {
    Lua51Parser.ChunkContext chunk = LuaGrammar.parse(source, chunkName, skipShebang, callDepth);
    Token last = chunk.block().getStop();
    int lastLine = last == null || last.getType() == Token.EOF ? 1 : last.getLine();
    if (chunk.block().getChildCount() == 0) lastLine = 1;
    Block body = block(chunk.block(), lastLine);
    return new FuncBody(List.of(), true, body, 0, lastLine);
  }

  // ---- blocks and statements ------------------------------------------------------------------

  private static Block block(Lua51Parser.BlockContext ctx, int endLine) {
    List<Stat> stats = new ArrayList<>();
    for (Lua51Parser.StatContext s : ctx.stat()) stats.add(stat(s));
    if (ctx.laststat() != null) stats.add(lastStat(ctx.laststat()));
    return new Block(stats, endLine);
  }

  private static int line(Token t) {
    return t.getLine();
  }

  private static int startLine(ParserRuleContext ctx) {
    return ctx.getStart().getLine();
  }

  private static int stopLine(ParserRuleContext ctx) {
    return ctx.getStop().getLine();
  }

  private static Stat stat(Lua51Parser.StatContext ctx) {
    if (ctx instanceof Lua51Parser.ExprStatContext c) {
      Expr first = prefix(c.prefixexp());
      Lua51Parser.AssignmentContext a = c.assignment();
      if (a == null) return new Stat.CallStat(first, startLine(c));
      List<Expr> targets = new ArrayList<>();
      targets.add(first);
      for (Lua51Parser.VarContext v : a.var()) targets.add(prefix(v.prefixexp()));
      return new Stat.Assign(targets, exprs(a.explist()), stopLine(c));
    }
    if (ctx instanceof Lua51Parser.DoStatContext c) {
      return new Stat.Do(block(c.block(), stopLine(c)), startLine(c));
    }
    if (ctx instanceof Lua51Parser.WhileStatContext c) {
      return new Stat.While(exp(c.exp()), block(c.block(), stopLine(c)), startLine(c), stopLine(c));
    }
    if (ctx instanceof Lua51Parser.RepeatStatContext c) {
      Expr cond = exp(c.exp());
      return new Stat.Repeat(block(c.block(), c.exp().getStart().getLine()), cond, startLine(c));
    }
    if (ctx instanceof Lua51Parser.IfStatContext c) {
      return ifStat(c);
    }
    if (ctx instanceof Lua51Parser.NumericForStatContext c) {
      List<ExpContext> e = c.exp();
      return new Stat.NumericFor(c.NAME().getText(), exp(e.get(0)), exp(e.get(1)),
          e.size() > 2 ? exp(e.get(2)) : null, block(c.block(), stopLine(c)), startLine(c), stopLine(c));
    }
    if (ctx instanceof Lua51Parser.GenericForStatContext c) {
      return new Stat.GenericFor(names(c.namelist()), exprs(c.explist()), block(c.block(), stopLine(c)),
          startLine(c), stopLine(c));
    }
    if (ctx instanceof Lua51Parser.FunctionStatContext c) {
      Lua51Parser.FuncnameContext fn = c.funcname();
      List<String> path = new ArrayList<>();
      for (TerminalNode n : fn.NAME()) {
        if (fn.method == null || n.getSymbol() != fn.method) path.add(n.getText());
      }
      String method = fn.method == null ? null : fn.method.getText();
      int line = startLine(c);
      return new Stat.Function(path, method, funcBody(c.funcbody(), line), line);
    }
    if (ctx instanceof Lua51Parser.LocalFunctionStatContext c) {
      return new Stat.LocalFunction(c.NAME().getText(), funcBody(c.funcbody(), startLine(c.funcbody())),
          startLine(c));
    }
    if (ctx instanceof Lua51Parser.LocalStatContext c) {
      List<Expr> values = c.explist() == null ? List.of() : exprs(c.explist());
      return new Stat.Local(names(c.namelist()), values, stopLine(c));
    }
    throw new IllegalStateException("unknown statement " + ctx.getClass().getSimpleName());
  }

  private static Stat ifStat(Lua51Parser.IfStatContext c) {
    List<Expr> conds = new ArrayList<>();
    for (ExpContext e : c.exp()) conds.add(exp(e));
    List<Lua51Parser.BlockContext> blocks = c.block();
    List<Block> thenBlocks = new ArrayList<>();
    for (int i = 0; i < conds.size(); i++) {
      thenBlocks.add(block(blocks.get(i), blockEndLine(c, blocks.get(i))));
    }
    Block elseBlock = blocks.size() > conds.size()
        ? block(blocks.get(blocks.size() - 1), stopLine(c)) : null;
    return new Stat.If(conds, thenBlocks, elseBlock, startLine(c), stopLine(c));
  }

  /** The line of the keyword that ends a block inside an if statement (elseif, else or end). */
  private static int blockEndLine(ParserRuleContext parent, Lua51Parser.BlockContext b) {
    int index = parent.children.indexOf(b);
    if (index >= 0 && index + 1 < parent.getChildCount() && parent.getChild(index + 1) instanceof TerminalNode t) {
      return t.getSymbol().getLine();
    }
    return stopLine(parent);
  }

  private static Stat lastStat(Lua51Parser.LaststatContext ctx) {
    if (ctx instanceof Lua51Parser.ReturnStatContext c) {
      List<Expr> values = c.explist() == null ? List.of() : exprs(c.explist());
      return new Stat.Return(values, stopLine(c));
    }
    return new Stat.Break(startLine(ctx));
  }

  private static List<String> names(Lua51Parser.NamelistContext ctx) {
    List<String> names = new ArrayList<>();
    for (TerminalNode n : ctx.NAME()) names.add(n.getText());
    return names;
  }

  private static FuncBody funcBody(Lua51Parser.FuncbodyContext ctx, int line) {
    List<String> params = new ArrayList<>();
    boolean vararg = false;
    Lua51Parser.ParlistContext pl = ctx.parlist();
    if (pl != null) {
      if (pl.namelist() != null) params = names(pl.namelist());
      vararg = pl.getStop().getText().equals("...");
    }
    int endLine = stopLine(ctx);
    return new FuncBody(params, vararg, block(ctx.block(), endLine), line, endLine);
  }

  // ---- expressions ---------------------------------------------------------------------------

  private static List<Expr> exprs(Lua51Parser.ExplistContext ctx) {
    List<Expr> list = new ArrayList<>();
    for (ExpContext e : ctx.exp()) list.add(exp(e));
    return list;
  }

  private static Expr exp(ExpContext ctx) {
    if (ctx instanceof Lua51Parser.PrefixExpContext c) return prefix(c.prefixexp());
    if (ctx instanceof Lua51Parser.NumberExpContext c) {
      return new Expr.Number(LuaNumbers.parse(c.NUMBER().getText()), line(c.NUMBER().getSymbol()));
    }
    if (ctx instanceof Lua51Parser.StringExpContext c) return string(c.STRING().getSymbol());
    if (ctx instanceof Lua51Parser.NilExpContext c) return new Expr.Nil(startLine(c));
    if (ctx instanceof Lua51Parser.TrueExpContext c) return new Expr.True(startLine(c));
    if (ctx instanceof Lua51Parser.FalseExpContext c) return new Expr.False(startLine(c));
    if (ctx instanceof Lua51Parser.VarargExpContext c) return new Expr.Vararg(startLine(c));
    if (ctx instanceof Lua51Parser.FunctionExpContext c) {
      Lua51Parser.FuncbodyContext body = c.function().funcbody();
      return new Expr.Function(funcBody(body, startLine(body)), startLine(c));
    }
    if (ctx instanceof Lua51Parser.TableExpContext c) return table(c.tableconstructor());
    if (ctx instanceof Lua51Parser.UnaryExpContext c) {
      String op = c.unop().getText();
      UnOp u = op.equals("-") ? UnOp.NEG : op.equals("not") ? UnOp.NOT : UnOp.LEN;
      return new Expr.Unary(u, exp(c.exp()), stopLine(c));
    }
    return binary(ctx);
  }

  /**
   * A binary expression. Left-associative chains ({@code 1+1+...+1}) nest to the left as deep as they
   * are long, and 5.1 accepts any length, so the left spine is walked with a loop, not recursion.
   */
  private static Expr binary(ExpContext ctx) {
    java.util.ArrayDeque<ExpContext> spine = new java.util.ArrayDeque<>();
    ExpContext node = ctx;
    while (isBinary(node)) {
      spine.push(node);
      node = node.getRuleContext(ExpContext.class, 0);
    }
    Expr result = exp(node);
    while (!spine.isEmpty()) {
      ExpContext b = spine.pop();
      Token op = ((TerminalNode) b.getChild(1)).getSymbol();
      result = new Expr.Binary(BinOp.fromSymbol(op.getText()), result,
          exp(b.getRuleContext(ExpContext.class, 1)), stopLine(b));
    }
    return result;
  }

  private static boolean isBinary(ExpContext ctx) {
    return ctx.getChildCount() == 3 && ctx.getChild(1) instanceof TerminalNode
        && !(ctx instanceof Lua51Parser.PrefixExpContext);
  }

  private static Expr string(Token t) {
    return new Expr.Str(StringLiterals.decode(t), t.getLine());
  }

  /** A prefix expression; suffix chains (a.b.c(...)...) are walked with a loop, as they may be long. */
  private static Expr prefix(PrefixexpContext ctx) {
    java.util.ArrayDeque<PrefixexpContext> chain = new java.util.ArrayDeque<>();
    PrefixexpContext node = ctx;
    while (!(node instanceof Lua51Parser.NameExpContext) && !(node instanceof Lua51Parser.ParenExpContext)) {
      chain.push(node);
      node = node.getRuleContext(PrefixexpContext.class, 0);
    }
    Expr result = node instanceof Lua51Parser.NameExpContext c
        ? new Expr.Name(c.NAME().getText(), startLine(c))
        : new Expr.Paren(exp(((Lua51Parser.ParenExpContext) node).exp()), stopLine(node));
    while (!chain.isEmpty()) result = suffix(chain.pop(), result);
    return result;
  }

  private static Expr suffix(PrefixexpContext ctx, Expr object) {
    if (ctx instanceof Lua51Parser.IndexExpContext c) {
      return new Expr.Index(object, exp(c.exp()), stopLine(c));
    }
    if (ctx instanceof Lua51Parser.FieldExpContext c) {
      Token name = c.NAME().getSymbol();
      return new Expr.Index(object, new Expr.Str(name.getText(), name.getLine()), name.getLine());
    }
    if (ctx instanceof Lua51Parser.CallExpContext c) {
      return new Expr.Call(object, args(c.args()), startLine(c.args()));
    }
    if (ctx instanceof Lua51Parser.MethodCallExpContext c) {
      return new Expr.MethodCall(object, c.NAME().getText(), args(c.args()), startLine(c.args()));
    }
    throw new IllegalStateException("unknown prefix expression " + ctx.getClass().getSimpleName());
  }

  private static List<Expr> args(Lua51Parser.ArgsContext ctx) {
    if (ctx instanceof Lua51Parser.ParenArgsContext c) {
      return c.explist() == null ? List.of() : exprs(c.explist());
    }
    if (ctx instanceof Lua51Parser.TableArgsContext c) return List.of(table(c.tableconstructor()));
    return List.of(string(((Lua51Parser.StringArgsContext) ctx).STRING().getSymbol()));
  }

  private static Expr table(Lua51Parser.TableconstructorContext ctx) {
    List<TableField> fields = new ArrayList<>();
    if (ctx.fieldlist() != null) {
      for (Lua51Parser.FieldContext f : ctx.fieldlist().field()) fields.add(field(f));
    }
    return new Expr.Table(fields, startLine(ctx), stopLine(ctx));
  }

  private static TableField field(Lua51Parser.FieldContext ctx) {
    if (ctx instanceof Lua51Parser.KeyedFieldContext c) {
      return new TableField.Keyed(exp(c.exp(0)), exp(c.exp(1)));
    }
    if (ctx instanceof Lua51Parser.NamedFieldContext c) {
      Token name = c.NAME().getSymbol();
      return new TableField.Keyed(new Expr.Str(name.getText(), name.getLine()), exp(c.exp()));
    }
    return new TableField.Positional(exp(((Lua51Parser.PositionalFieldContext) ctx).exp()));
  }
}

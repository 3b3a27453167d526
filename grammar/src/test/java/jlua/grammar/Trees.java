package jlua.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Compact s-expressions of parse trees for assertions: single-child nodes are collapsed. */
final class Trees {

  private Trees() {}

  static String sexpr(ParseTree node) {
    if (node instanceof TerminalNode) {
      return node.getText();
    }
    if (node.getChildCount() == 1) {
      return sexpr(node.getChild(0));
    }
    List<String> parts = new ArrayList<>();
    parts.add(name((ParserRuleContext) node));
    for (int i = 0; i < node.getChildCount(); i++) {
      parts.add(sexpr(node.getChild(i)));
    }
    return "(" + String.join(" ", parts) + ")";
  }

  private static String name(ParserRuleContext context) {
    String simple = context.getClass().getSimpleName();
    String name = simple.substring(0, simple.length() - "Context".length());
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The s-expression of the value of {@code x = <expression>}. */
  static String expression(String expression) {
    Lua51Parser.ChunkContext chunk = LuaGrammar.parse("x = " + expression, "=test", false);
    Lua51Parser.ExprStatContext stat = (Lua51Parser.ExprStatContext) chunk.block().stat(0);
    return sexpr(stat.assignment().explist().exp(0));
  }
}

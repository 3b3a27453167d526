package jlua.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;

/**
 * Reads the body of a long bracket ({@code [==[ ... ]==]}) the way llex.c's read_long_string does;
 * the generated lexer calls it once it has matched the opening bracket.
 */
public abstract class LuaLexerBase extends Lexer {

  protected LuaLexerBase(CharStream input) {
    super(input);
  }

  /**
   * Consumes up to and including the closing bracket of the same level. A long comment is skipped;
   * a bracket left open at the end of the source, or a level-0 bracket that opens another "[[" (an
   * error in 5.1, where LUA_COMPAT_LSTR is 1), becomes an error token that ends where llex stops.
   */
  protected void readLongBracket(boolean comment) {
    int level = getText().length() - (comment ? 4 : 2);
    while (true) {
      int c = _input.LA(1);
      if (c == CharStream.EOF) {
        setType(comment ? Lua51Lexer.UNFINISHED_LONG_COMMENT : Lua51Lexer.UNFINISHED_LONG_STRING);
        return;
      }
      consume();
      if (c == ']' && equalsThenBracket(']') == level) {
        consume();
        if (comment) {
          skip();
        }
        return;
      }
      if (c == '[' && level == 0 && equalsThenBracket('[') == 0) {
        consume();
        setType(Lua51Lexer.NESTED_LONG_BRACKET);
        return;
      }
    }
  }

  /** Consumes a run of '=' (like llex's skip_sep) and returns its length if {@code bracket} follows, else -1. */
  private int equalsThenBracket(int bracket) {
    int count = 0;
    while (_input.LA(1) == '=') {
      consume();
      count++;
    }
    return _input.LA(1) == bracket ? count : -1;
  }

  private void consume() {
    getInterpreter().consume(_input);
  }
}

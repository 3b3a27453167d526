package jlua.grammar;

import static jlua.grammar.Lua51Lexer.*;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * The lexer side of SyntaxChecker: the already lexed tokens handed out in llex.c's order, so that
 * a lexical error surfaces when llex would have read its token, and llex's line bookkeeping
 * (linenumber, lastline), which 5.1's messages and its ambiguous-call rule depend on.
 */
final class TokenReader {

  private final List<Token> tokens;
  private final String chunkId;
  private final int sourceLength;
  private int current;            // ls->t
  private int read;               // the last token llex has read: current, or the lookahead
  private int lastLine = 1;       // ls->lastline

  /** Reads the first token, as luaY_parser does. */
  TokenReader(List<Token> tokens, String chunkId, int sourceLength) {
    this.tokens = tokens;
    this.chunkId = chunkId;
    this.sourceLength = sourceLength;
    LexicalCheck.token(this, tokens.get(0));
  }

  /** The type of the current token. */
  int type() {
    return tokens.get(current).getType();
  }

  Token token() {
    return tokens.get(current);
  }

  /** luaX_next: the lookahead, if one was read, becomes current; otherwise llex reads a token. */
  void next() {
    lastLine = lineNumber();
    current++;
    if (current > read) {
      read = current;
      LexicalCheck.token(this, tokens.get(read));
    }
  }

  /** luaX_lookahead: the type of the token after the current one. */
  int lookahead() {
    if (read == current) {
      read = current + 1;
      LexicalCheck.token(this, tokens.get(read));
    }
    return tokens.get(read).getType();
  }

  /** ls->linenumber: the line where llex stopped, i.e. where the last token read ends. */
  int lineNumber() {
    return endLine(tokens.get(read));
  }

  /** ls->lastline: the line of the token consumed last. */
  int lastLine() {
    return lastLine;
  }

  /** Marks the current '(' as opening call arguments, for the ANTLR parser. */
  void markArgsOpen() {
    ((WritableToken) tokens.get(current)).setType(ARGS_OPEN);
  }

  static int endLine(Token token) {
    int type = token.getType();
    if (type != STRING && type != UNFINISHED_STRING && type != UNFINISHED_LONG_STRING
        && type != UNFINISHED_LONG_COMMENT && type != NESTED_LONG_BRACKET) {
      return token.getLine();            // only these tokens can span lines
    }
    String text = token.getText();
    int line = token.getLine();
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  boolean endsSource(Token token) {
    return token.getStopIndex() + 1 >= sourceLength;
  }

  /** luaX_lexerror: {@code near} null means no "near" part. */
  LuaSyntaxError error(int line, String message, String near) {
    return new LuaSyntaxError(chunkId, line, message, near);
  }

  /** luaX_syntaxerror: an error near the current token. */
  LuaSyntaxError syntaxError(String message) {
    return error(lineNumber(), message, TokenText.near(tokens.get(current)));
  }
}

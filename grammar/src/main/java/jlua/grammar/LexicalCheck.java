package jlua.grammar;

import org.antlr.v4.runtime.Token;

/**
 * The lexical errors of llex.c, raised when the checker reads the token that holds them: the
 * lexer leaves malformed numbers and bad escapes in ordinary tokens and marks the rest with error
 * token types, so that each error surfaces at the moment llex would have raised it.
 */
final class LexicalCheck {

  private LexicalCheck() {}

  static void token(TokenReader reader, Token token) {
    switch (token.getType()) {
      case Lua51Lexer.NUMBER:
        if (LuaNumbers.parse(token.getText()) == null) {
          throw reader.error(token.getLine(), "malformed number", token.getText());
        }
        return;
      case Lua51Lexer.STRING:
        if (token.getText().charAt(0) != '[') {
          quoted(reader, token);
        }
        return;
      case Lua51Lexer.UNFINISHED_STRING:
        quoted(reader, token);
        return;
      case Lua51Lexer.INVALID_LONG_DELIMITER:
        throw reader.error(token.getLine(), "invalid long string delimiter", token.getText());
      case Lua51Lexer.UNFINISHED_LONG_STRING:
        throw reader.error(TokenReader.endLine(token), "unfinished long string", TokenText.EOF_NAME);
      case Lua51Lexer.UNFINISHED_LONG_COMMENT:
        throw reader.error(TokenReader.endLine(token), "unfinished long comment", TokenText.EOF_NAME);
      case Lua51Lexer.NESTED_LONG_BRACKET:
        throw reader.error(TokenReader.endLine(token), "nesting of [[...]] is deprecated", "[");
      default:
    }
  }

  /** A quoted string: a bad escape, or an end of line or source before the closing quote. */
  private static void quoted(TokenReader reader, Token token) {
    StringLiterals.Scan scan = StringLiterals.scanQuoted(token.getText());
    if (scan.problem == null) {
      return;
    }
    int line = token.getLine() + scan.newlines;
    boolean atEof = scan.problem.equals("unfinished string") && reader.endsSource(token);
    String near = atEof ? TokenText.EOF_NAME : ChunkId.upToNul(token.getText().charAt(0) + scan.value.toString());
    throw reader.error(line, scan.problem, near);
  }
}

package jlua.grammar;

import org.antlr.v4.runtime.Token;

/** How 5.1 names tokens in syntax errors (llex.c's luaX_token2str and txtToken). */
final class TokenText {

  static final String EOF_NAME = "<eof>";

  private TokenText() {}

  /** The text after "near" for the current token, or null where 5.1 prints no "near" part. */
  static String near(Token token) {
    switch (token.getType()) {
      case Token.EOF:
        return EOF_NAME;
      case Lua51Lexer.NAME:
      case Lua51Lexer.NUMBER:
        return token.getText();
      case Lua51Lexer.STRING:
        return ChunkId.upToNul(StringLiterals.bufferText(token.getText()));   // printed with %s
      case Lua51Lexer.OTHER:
        return singleChar(token.getText().charAt(0));
      default:
        return token.getText();
    }
  }

  /** A character token; NUL is token 0, which luaX_lexerror takes for "no token". */
  private static String singleChar(char c) {
    if (c == 0) {
      return null;
    }
    if (c < 0x20 || c == 0x7F) {
      return "char(" + (int) c + ")";
    }
    return String.valueOf(c);
  }

  /** The name of an expected token type in "'x' expected" messages. */
  static String name(int type) {
    switch (type) {
      case Token.EOF:
        return EOF_NAME;
      case Lua51Lexer.NAME:
        return "<name>";
      default:
        String literal = Lua51Lexer.VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }
  }
}

package jlua.grammar;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** The one way into the grammar: Lua 5.1 source text in, an ANTLR parse tree or a 5.1 syntax error out. */
public final class LuaGrammar {

  /** lua5.1's C-call depth when Lua code calls loadstring, load or dofile. */
  public static final int LOADSTRING_CALL_DEPTH = 2;

  /** lua5.1's C-call depth when lua.c loads the script, a {@code -e} chunk or stdin. */
  public static final int SCRIPT_CALL_DEPTH = 1;

  private LuaGrammar() {}

  /**
   * Parses a chunk as {@code loadstring} called from Lua code does.
   *
   * @see #parse(String, String, boolean, int)
   */
  public static Lua51Parser.ChunkContext parse(String source, String chunkName, boolean skipShebang) {
    return parse(source, chunkName, skipShebang, LOADSTRING_CALL_DEPTH);
  }

  /**
   * Parses a chunk of Lua 5.1.
   *
   * @param source the chunk's bytes as a string of chars up to 0xFF (ISO-8859-1 decoded)
   * @param chunkName the chunk name as lua_load takes it ("@file", "=name" or the source itself);
   *     errors show it as {@link ChunkId} formats it
   * @param skipShebang whether to skip a first line starting with '#', as luaL_loadfile does
   *     (keeping the line count); loadstring does not
   * @param callDepth lua5.1's C-call depth at the time of loading ({@link #SCRIPT_CALL_DEPTH},
   *     {@link #LOADSTRING_CALL_DEPTH}, one more for each enclosing pcall or other C function):
   *     the 200-level nesting limit counts it
   * @return the parse tree (see Lua51Parser.g4 for its shape); token lines are 5.1's, newline
   *     sequences in token text read '\n', and a '(' that opens call arguments has the token
   *     type ARGS_OPEN
   * @throws LuaSyntaxError with the message lua5.1 gives for the first error in the chunk
   */
  public static Lua51Parser.ChunkContext parse(String source, String chunkName, boolean skipShebang,
      int callDepth) {
    String text = SourceText.prepare(source, skipShebang);
    CommonTokenStream tokens = tokenize(text);
    SyntaxChecker.check(tokens.getTokens(), ChunkId.format(chunkName, ChunkId.SYNTAX_SIZE), callDepth,
        text.length());
    return buildTree(tokens);
  }

  private static CommonTokenStream tokenize(String text) {
    Lua51Lexer lexer = new Lua51Lexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();            // every character forms some token: no lexer errors
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    return tokens;
  }

  /**
   * SLL prediction first, full LL only if SLL fails: the standard two-stage pattern. The tokens
   * passed the checker, so a failure of the second stage is a bug, not a user error.
   */
  private static Lua51Parser.ChunkContext buildTree(CommonTokenStream tokens) {
    try {
      return buildTree(tokens, PredictionMode.SLL);
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      try {
        return buildTree(tokens, PredictionMode.LL);
      } catch (ParseCancellationException llFailed) {
        Token at = tokens.LT(1);
        throw new IllegalStateException("grammar rejects a chunk the checker accepted, at line "
            + at.getLine() + " near '" + at.getText() + "'", llFailed);
      }
    }
  }

  /** One parse that stops at the first error, with a ParseCancellationException. */
  static Lua51Parser.ChunkContext buildTree(CommonTokenStream tokens, PredictionMode mode) {
    Lua51Parser parser = new Lua51Parser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(mode);
    return parser.chunk();
  }

  /** The checked tokens of a chunk, ready for the parser (for tests of the two stages). */
  static CommonTokenStream checkedTokens(String source, String chunkName) {
    String text = SourceText.prepare(source, false);
    CommonTokenStream tokens = tokenize(text);
    SyntaxChecker.check(tokens.getTokens(), ChunkId.format(chunkName, ChunkId.SYNTAX_SIZE),
        LOADSTRING_CALL_DEPTH, text.length());
    return tokens;
  }
}

package jlua.vm;

import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.ast.AstBuilder;
import jlua.ast.FuncBody;
import jlua.compiler.CompileError;
import jlua.compiler.Compiler;
import jlua.grammar.ChunkId;
import jlua.grammar.LuaSyntaxError;

/** Turns chunks (source text or dumped binary) into closures (5.1's lua_load). */
public final class Loader {
  private Loader() {}

  /** Where compiled chunks are kept between runs (the jlua command enables it); null = no caching. */
  public static volatile ChunkCache cache;

  /** The signature that starts a binary chunk, as in 5.1 ("\033Lua"). */
  public static final String BINARY_SIGNATURE = "\033Lua";

  /**
   * Compiles {@code chunk} into a closure with environment {@code env}.
   *
   * @param chunkName "@file", "=name" or the source text itself, as lua_load takes it
   * @param callDepth lua5.1's C-call depth at load time (affects its nesting limit)
   * @throws LuaError carrying the 5.1 syntax error message (already positioned)
   */
  public static LuaClosure load(String chunk, String chunkName, LuaTable env, boolean skipShebang, int callDepth) {
    Proto p;
    if (chunk.startsWith(BINARY_SIGNATURE)) {
      p = Dump.undump(chunk, chunkName);
    } else {
      ChunkCache c = cache;
      p = c == null ? null : c.lookup(chunk, chunkName, skipShebang, callDepth);
      if (p == null) {
        p = compile(chunk, chunkName, skipShebang, callDepth);
        if (c != null) c.store(chunk, chunkName, skipShebang, callDepth, p);
      }
    }
    LuaClosure closure = new LuaClosure(p, env);
    for (int i = 0; i < closure.upvals.length; i++) closure.upvals[i] = UpVal.closedWith(null); // as lua_load
    return closure;
  }

  /** Compiles source text to a prototype, raising syntax errors as 5.1 words them. */
  public static Proto compile(String chunk, String chunkName, boolean skipShebang, int callDepth) {
    FuncBody body;
    try {
      body = AstBuilder.parseChunk(chunk, chunkName, skipShebang, callDepth);
    } catch (LuaSyntaxError e) {
      throw LuaError.raw(e.getMessage());
    } catch (StackOverflowError e) {
      throw LuaError.raw(ChunkId.format(chunkName, ChunkId.SYNTAX_SIZE) + ": chunk has too many syntax levels");
    }
    try {
      return Compiler.compile(body, chunkName);
    } catch (CompileError e) {
      String near = e.near() == null ? "" : " near '" + e.near() + "'";
      throw LuaError.raw(ChunkId.format(chunkName, ChunkId.SYNTAX_SIZE) + ":" + e.line() + ": " + e.getMessage() + near);
    } catch (StackOverflowError e) {
      throw LuaError.raw(ChunkId.format(chunkName, ChunkId.SYNTAX_SIZE) + ": chunk has too many syntax levels");
    }
  }

  /** Whether a load failure message is a syntax error (as opposed to e.g. a file error). */
  public static boolean isIncompleteInput(String message) {
    return message.endsWith("'<eof>'");
  }
}

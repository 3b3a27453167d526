package jlua.grammar;

/**
 * A chunk that Lua 5.1 would not load. The message is exactly lua5.1's:
 * {@code chunkid:line: message near 'token'} (without the "near" part for the errors 5.1 reports
 * without one, such as "chunk has too many syntax levels").
 */
public final class LuaSyntaxError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String near;

  LuaSyntaxError(String chunkId, int line, String message, String near) {
    super(chunkId + ":" + line + ": " + message + (near == null ? "" : " near '" + near + "'"),
        null, false, false);   // no stack trace: this is an ordinary outcome of loading a chunk
    this.line = line;
    this.near = near;
  }

  /** The line 5.1 reports. */
  public int line() {
    return line;
  }

  /**
   * Whether the error is at the end of the source ("near '&lt;eof&gt;'"): lua.c's REPL takes such a
   * chunk as an incomplete statement and reads another line.
   */
  public boolean atEof() {
    return "<eof>".equals(near);
  }
}

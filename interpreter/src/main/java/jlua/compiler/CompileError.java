package jlua.compiler;

/**
 * A limit exceeded while generating code ("function or expression too complex", too many locals...).
 * 5.1 reports these as syntax errors at the line being compiled; the loader words them as such.
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final String near;

  CompileError(String message, int line) {
    this(message, line, null);
  }

  CompileError(String message, int line, String near) {
    super(message, null, false, false);
    this.line = line;
    this.near = near;
  }

  public int line() {
    return line;
  }

  /** The token 5.1 would name ("near 'x'"), or null for errors worded without one. */
  public String near() {
    return near;
  }

  /** This error located at the token that follows in the source, as lparser reports it. */
  CompileError at(int tokenLine, String token) {
    return near != null || token == null ? this : new CompileError(getMessage(), tokenLine, token);
  }
}

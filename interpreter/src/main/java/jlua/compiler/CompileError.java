package jlua.compiler;

/**
 * A limit exceeded while generating code ("function or expression too complex", too many locals...).
 * 5.1 reports these as syntax errors at the line being compiled; the loader words them as such.
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;

  CompileError(String message, int line) {
    super(message, null, false, false);
    this.line = line;
  }

  public int line() {
    return line;
  }
}

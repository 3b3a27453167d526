package jlua.sys;

import java.io.IOException;
import jlua.api.Errno;

/**
 * An operating-system failure on a named file: the one way every module reports one to Lua, as
 * {@code nil, "<name>: <strerror text>", errno} (the convention of {@code io.open}). Operations throw it;
 * the Lua-facing function turns it into results with {@link #call} or {@link #results}. It never
 * reaches Lua as an error.
 */
public final class OsError extends Exception {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final int errno;
  private final String detail;

  private OsError(String name, int errno, String detail) {
    super(null, null, false, false); // a result, not a bug: no stack trace to fill
    this.name = name;
    this.errno = errno;
    this.detail = detail;
  }

  /** A failure with errno's strerror text. {@code name} is the file as the script named it (may be null). */
  public static OsError of(String name, int errno) {
    return new OsError(name, errno, null);
  }

  /** A Java I/O failure, mapped to its errno (see {@link Errno#of}). */
  public static OsError of(String name, IOException e) {
    return new OsError(name, Errno.of(e), null);
  }

  /**
   * A failure that strerror cannot word (say, an archive entry refused): the message is
   * {@code "<name>: <detail>"}, the errno still tells programs its kind.
   */
  public static OsError detailed(String name, int errno, String detail) {
    return new OsError(name, errno, detail);
  }

  public int errno() {
    return errno;
  }

  public String name() {
    return name;
  }

  @Override
  public String getMessage() {
    String text = detail != null ? detail : Errno.text(errno);
    return name == null ? text : name + ": " + text;
  }

  /** The three Lua results {@code nil, message, errno}. */
  public Object[] results() {
    return new Object[] {null, getMessage(), (double) errno};
  }

  /** An operation that may fail with an {@link OsError}; returns its Lua result(s). */
  @FunctionalInterface
  public interface Operation {
    Object run() throws OsError;
  }

  /** Runs an operation for a Lua function: its result, or {@code nil, message, errno} when it failed. */
  public static Object call(Operation operation) {
    try {
      return operation.run();
    } catch (OsError e) {
      return e.results();
    }
  }

  /** Runs an operation whose success result is {@code true}. */
  public static Object succeed(Step step) {
    try {
      step.run();
      return Boolean.TRUE;
    } catch (OsError e) {
      return e.results();
    }
  }

  /** An operation with no value of its own: success is {@code true}. */
  @FunctionalInterface
  public interface Step {
    void run() throws OsError;
  }
}

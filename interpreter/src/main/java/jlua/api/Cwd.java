package jlua.api;

import java.nio.file.Path;

/**
 * The process-wide current directory of Lua code. A JVM cannot chdir itself (the JDK caches the start
 * directory), so the directory lives here: every module resolves a relative path through
 * {@link #resolve}, and code that starts processes passes {@link #get} as their working directory.
 * {@code fs.chdir} and {@code lfs.chdir} change it; it is shared by every Lua state in the process, as
 * a real process's directory is.
 */
public final class Cwd {
  private Cwd() {}

  private static volatile Path current = Path.of("").toAbsolutePath().normalize();

  /** The current directory, absolute. */
  public static Path get() {
    return current;
  }

  /** Makes {@code dir} (absolute, an existing directory the caller has checked) the current directory. */
  public static void set(Path dir) {
    if (!dir.isAbsolute()) throw new IllegalArgumentException("not absolute: " + dir);
    current = dir;
  }

  /** {@code path} made absolute against the current directory (left as it is when already absolute). */
  public static Path resolve(Path path) {
    return path.isAbsolute() ? path : current.resolve(path);
  }
}

package jlua.sys;

import java.io.File;
import java.nio.file.Path;

/**
 * System calls through java.io.File, for the paths a script takes every time: stat(2), mkdir(2),
 * rename(2) and remove(3) answer a boolean from one JNI call, where java.nio.file goes through a
 * provider, attribute objects and native buffers, and reports an expected "no such file" by building
 * an exception with a stack trace (~7 µs a time). Measured on the maintenance benchmark, those layers
 * cost more than the system calls. A false answer carries no errno: callers redo the call through
 * java.nio.file to name the failure (and take its success if the state changed in between).
 */
public final class QuickCalls {
  private QuickCalls() {}

  /** Whether stat(2) succeeds (follows links; false for a dangling link or a failure). */
  public static boolean exists(Path p) {
    return file(p).exists();
  }

  /** Whether stat(2) shows a directory (follows links). */
  public static boolean isDirectory(Path p) {
    return file(p).isDirectory();
  }

  /** Whether stat(2) shows a regular file (follows links). */
  public static boolean isFile(Path p) {
    return file(p).isFile();
  }

  /** mkdir(2) with mode 0777 less the umask; false when it failed, for whatever reason. */
  public static boolean mkdir(Path p) {
    return file(p).mkdir();
  }

  /** rename(2); false when it failed. */
  public static boolean rename(Path from, Path to) {
    return file(from).renameTo(file(to));
  }

  /** remove(3): unlink(2), or rmdir(2) for a directory; never follows a link. False when it failed. */
  public static boolean remove(Path p) {
    return file(p).delete();
  }

  private static File file(Path p) {
    return new File(p.toString()); // the same bytes reach the kernel: both encode with sun.jnu.encoding
  }
}

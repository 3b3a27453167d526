package jlua.sys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's file-mode creation mask. Reading it needs no native code (Linux shows it in
 * /proc/self/status); setting it does. The umask is process-wide: set it only where the whole process
 * should change (as {@code fs.umask} asks), never around one operation.
 *
 * <p>The value is read once and then remembered: nothing in the JVM can change the process's umask but
 * {@link #set} (Java has no call for it; the spawner changes only its own thread's copy after
 * unshare(CLONE_FS)), and reading /proc/self/status cost ~70 µs, more than the copy that asked for it.
 */
public final class Umask {
  private Umask() {}

  private static volatile int cached = -1;

  /** The current umask. */
  public static int get() {
    int mask = cached;
    if (mask < 0) {
      mask = read();
      cached = mask;
    }
    return mask;
  }

  /** Sets the umask; returns the previous one. */
  public static synchronized int set(int mask) {
    int old = Native.libc().umask(mask & 0777);
    cached = mask & 0777;
    return old;
  }

  private static int read() {
    try {
      String status = new String(Files.readAllBytes(Path.of("/proc/self/status")), StandardCharsets.ISO_8859_1);
      int at = status.indexOf("\nUmask:");
      if (at >= 0) return Integer.parseInt(status.substring(at + 7, status.indexOf('\n', at + 1)).trim(), 8);
    } catch (IOException | NumberFormatException e) {
      // kernels before 4.7 lack the line: ask the C library
    }
    synchronized (Umask.class) {
      int old = Native.libc().umask(022);
      Native.libc().umask(old);
      return old;
    }
  }
}

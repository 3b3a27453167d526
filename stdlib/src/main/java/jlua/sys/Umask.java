package jlua.sys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's file-mode creation mask. Reading it needs no native code (Linux shows it in
 * /proc/self/status); setting it does. The umask is process-wide: set it only where the whole process
 * should change (as {@code fs.umask} asks), never around one operation.
 */
public final class Umask {
  private Umask() {}

  /** The current umask. */
  public static int get() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1)) {
        if (line.startsWith("Umask:")) return Integer.parseInt(line.substring(6).trim(), 8);
      }
    } catch (IOException | NumberFormatException e) {
      // kernels before 4.7 lack the line: ask the C library
    }
    int old = Native.libc().umask(022);
    Native.libc().umask(old);
    return old;
  }

  /** Sets the umask; returns the previous one. */
  public static int set(int mask) {
    return Native.libc().umask(mask & 0777);
  }
}

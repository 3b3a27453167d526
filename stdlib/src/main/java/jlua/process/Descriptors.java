package jlua.process;

import java.nio.charset.StandardCharsets;
import jlua.api.Errno;
import jlua.sys.LibC;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.SysPath;

/** Raw descriptors for children: files opened with io.open-style modes, pipes, and closing. */
public final class Descriptors {
  private Descriptors() {}

  /** open(2) with an io.open mode ("r", "w", "a", "r+", "w+", "a+"; "b" ignored), close-on-exec, 0666. */
  public static int openFile(String path, String mode) throws OsError {
    String m = mode.replace("b", "");
    int flags = switch (m) {
      case "r" -> LibC.O_RDONLY;
      case "w" -> LibC.O_WRONLY | LibC.O_CREAT | LibC.O_TRUNC;
      case "a" -> LibC.O_WRONLY | LibC.O_CREAT | LibC.O_APPEND;
      case "r+" -> LibC.O_RDWR;
      case "w+" -> LibC.O_RDWR | LibC.O_CREAT | LibC.O_TRUNC;
      case "a+" -> LibC.O_RDWR | LibC.O_CREAT | LibC.O_APPEND;
      default -> throw OsError.detailed(path, Errno.EINVAL, "invalid mode '" + mode + "'");
    };
    SysPath p = SysPath.of(path);
    byte[] name = (p.path() + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return Native.check(Native.libc().open(name, flags | LibC.O_CLOEXEC, 0666), path);
  }

  /** pipe2(O_CLOEXEC): {read end, write end}. */
  public static int[] pipe() throws OsError {
    int[] fds = new int[2];
    Native.check(Native.libc().pipe2(fds, LibC.O_CLOEXEC), "pipe");
    return fds;
  }

  /** Closes a descriptor we own, ignoring errors. */
  public static void close(int fd) {
    if (fd >= 0) Native.libc().close(fd);
  }

  /** Whether {@code fd} is open in this process. */
  public static boolean isOpen(int fd) {
    return Native.libc().fcntl(fd, LibC.F_GETFD, 0) != -1;
  }

  /** Reads everything from {@code fd} until end of file (the bytes as a Lua string). */
  public static String readAll(int fd) throws OsError {
    StringBuilder out = new StringBuilder();
    byte[] buf = new byte[65536];
    LibC c = Native.libc();
    while (true) {
      long n = c.read(fd, buf, buf.length);
      if (n == 0) return out.toString();
      if (n < 0) {
        if (Native.errno() == jlua.sys.Errnos.EINTR) continue;
        throw OsError.of("read", Native.errno());
      }
      out.append(new String(buf, 0, (int) n, StandardCharsets.ISO_8859_1));
    }
  }

  /** Writes all of {@code data} (a Lua string) to {@code fd}. */
  public static void writeAll(int fd, String data) throws OsError {
    byte[] b = data.getBytes(StandardCharsets.ISO_8859_1);
    LibC c = Native.libc();
    int off = 0;
    while (off < b.length) {
      byte[] chunk = off == 0 ? b : java.util.Arrays.copyOfRange(b, off, b.length);
      long n = c.write(fd, chunk, chunk.length);
      if (n < 0) {
        if (Native.errno() == jlua.sys.Errnos.EINTR) continue;
        throw OsError.of("write", Native.errno());
      }
      off += (int) n;
    }
  }
}

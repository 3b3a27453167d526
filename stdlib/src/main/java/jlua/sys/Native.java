package jlua.sys;

import java.nio.file.Files;
import java.nio.file.Path;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * The lazy gateway to native code. Loading jnr-ffi costs 150-300 ms, so nothing touches it before a
 * script calls a function that needs it: the classes load on the first {@link #libc()} call (the holder
 * idiom). Where the launcher ships jffi's native library unpacked (target/lib/jni), jffi loads it from
 * there instead of unpacking a copy into /tmp at every start.
 */
public final class Native {
  private Native() {}

  private static final class Holder {
    static final LibC LIBC;
    static final Runtime RUNTIME;

    static {
      useShippedJffi();
      LIBC = LibraryLoader.create(LibC.class).load("c");
      RUNTIME = Runtime.getRuntime(LIBC);
    }
  }

  /** The C library (loads jnr-ffi on first use). */
  public static LibC libc() {
    return Holder.LIBC;
  }

  /** jnr-ffi's runtime of the C library (for structs). */
  public static Runtime runtime() {
    return Holder.RUNTIME;
  }

  /** errno saved by the last {@code @SaveError} call on this thread. */
  public static int errno() {
    return Holder.RUNTIME.getLastError();
  }

  /** Throws the saved errno as an {@link OsError} on {@code name} when {@code rc} is -1. */
  public static int check(int rc, String name) throws OsError {
    if (rc == -1) throw OsError.of(name, errno());
    return rc;
  }

  private static void useShippedJffi() {
    if (System.getProperty("jffi.boot.library.path") != null) return;
    try {
      Path jar = Path.of(Native.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String arch = switch (System.getProperty("os.arch")) {
        case "amd64", "x86_64" -> "x86_64";
        case "aarch64", "arm64" -> "aarch64";
        default -> System.getProperty("os.arch");
      };
      Path dir = jar.resolveSibling("jni").resolve(arch + "-Linux");
      if (Files.isRegularFile(dir.resolve("libjffi-1.2.so"))) {
        System.setProperty("jffi.boot.library.path", dir.toString());
      }
    } catch (Exception e) {
      // jffi then unpacks its library itself
    }
  }
}

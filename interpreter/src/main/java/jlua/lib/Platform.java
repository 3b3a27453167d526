package jlua.lib;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import jlua.lib.OsErrors.ErrnoException;

/**
 * Lua strings (bytes) where the JVM wants text from the system — file names, environment variables —
 * converted with the platform's encoding (sun.jnu.encoding) so the bytes reach the system unchanged.
 */
public final class Platform {
  private Platform() {}

  private static final Charset ENCODING = encoding();

  private static Charset encoding() {
    String name = System.getProperty("sun.jnu.encoding", System.getProperty("native.encoding", "UTF-8"));
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A Lua string as the JVM's text for the same bytes. */
  public static String toJava(String lua) {
    int nul = lua.indexOf('\0');
    if (nul >= 0) lua = lua.substring(0, nul); // a C string ends there
    for (int i = 0; i < lua.length(); i++) {
      if (lua.charAt(i) >= 0x80) return new String(lua.getBytes(StandardCharsets.ISO_8859_1), ENCODING);
    }
    return lua;
  }

  /** Text from the JVM as the Lua string of its bytes. */
  public static String toLua(String java) {
    for (int i = 0; i < java.length(); i++) {
      if (java.charAt(i) >= 0x80) return new String(java.getBytes(ENCODING), StandardCharsets.ISO_8859_1);
    }
    return java;
  }

  /** A file name for the C library: ENOENT for the empty name (Java would take it as "."). */
  public static Path path(String name) throws IOException {
    String text = toJava(name);
    if (text.isEmpty()) throw new ErrnoException(jlua.api.Errno.ENOENT);
    try {
      return jlua.api.Cwd.resolve(Path.of(text)); // relative to the Lua current directory (fs.chdir)
    } catch (InvalidPathException e) {
      throw new ErrnoException(jlua.api.Errno.ENOENT);
    }
  }
}

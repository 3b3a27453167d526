package jlua.sys;

import jlua.api.Cwd;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import jlua.api.Args;
import jlua.api.Errno;

/**
 * A file as a script named it and as the system finds it: {@code name} is the Lua string used in
 * messages ("dir/x: No such file or directory"), {@code path} the absolute path resolved against
 * {@link Cwd}. Lua strings are bytes; the JDK's paths are text in the platform's file-name encoding
 * ({@code sun.jnu.encoding}, UTF-8 here), so names cross through that charset: every byte string that is
 * valid in it (ASCII always, UTF-8 names under a UTF-8 locale) round-trips exactly.
 */
public record SysPath(String name, Path path) {
  private static final Charset NAMES = fileNameCharset();

  private static Charset fileNameCharset() {
    try {
      String jnu = System.getProperty("sun.jnu.encoding");
      return jnu != null ? Charset.forName(jnu) : Charset.defaultCharset();
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The file a Lua string names; ENOENT for "" (as the system calls say), EINVAL for a NUL byte. */
  public static SysPath of(String name) throws OsError {
    if (name.isEmpty()) throw OsError.of(name, Errno.ENOENT);
    try {
      return new SysPath(name, Cwd.resolve(Path.of(decode(name))));
    } catch (InvalidPathException e) {
      throw OsError.of(name, Errno.EINVAL);
    }
  }

  /** Argument {@code i} of a Lua call as a file: a string (else bad argument), then {@link #of}. */
  public static SysPath arg(Args args, int i) throws OsError {
    return of(args.checkString(i));
  }

  /** The entry {@code child} (a file name read from this directory) of this directory. */
  public SysPath child(Path child) {
    String sep = name.endsWith("/") ? "" : "/";
    return new SysPath(name + sep + text(child), path.resolve(child));
  }

  /** The entry named by the Lua string {@code child} of this directory. */
  public SysPath child(String child) {
    String sep = name.endsWith("/") ? "" : "/";
    return new SysPath(name + sep + child, path.resolve(decode(child)));
  }

  /** A file below this directory, given absolute, named as the script would ("dir/sub/x"). */
  public SysPath descendant(Path file) {
    if (file.equals(path)) return this;
    String sep = name.endsWith("/") ? "" : "/";
    return new SysPath(name + sep + text(path.relativize(file)), file);
  }

  /** The file as a sibling of this one named {@code fileName} (same directory). */
  public SysPath sibling(String fileName) {
    int slash = name.lastIndexOf('/', name.length() - 2);
    String dir = slash < 0 ? "" : name.substring(0, slash + 1);
    return new SysPath(dir + fileName, path.resolveSibling(decode(fileName)));
  }

  /** This file's failure {@code e} as an {@link OsError} naming it. */
  public OsError error(IOException e) {
    if (e instanceof NoSuchFileException missing && missing.getReason() == null && blockedByFile(path)) {
      return OsError.of(name, Errno.ENOTDIR); // newer JDKs report ENOTDIR as NoSuchFileException without a reason
    }
    return OsError.of(name, e);
  }

  /** Whether the nearest existing ancestor of {@code p} is not a directory (what makes ENOTDIR). */
  private static boolean blockedByFile(Path p) {
    for (Path a = p.getParent(); a != null; a = a.getParent()) {
      if (Files.exists(a)) return !Files.isDirectory(a);
    }
    return false;
  }

  /** This file's failure with errno {@code errno}. */
  public OsError error(int errno) {
    return OsError.of(name, errno);
  }

  /** The last component of the path, as a Lua string ("/" for the root). */
  public String fileName() {
    Path f = path.getFileName();
    return f == null ? "/" : text(f);
  }

  /** A path as a Lua string (its bytes in the file-name encoding). */
  public static String text(Path p) {
    String s = p.toString();
    if (isAscii(s)) return s;
    byte[] b = s.getBytes(NAMES);
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** A Lua string as path text for the JDK. */
  public static String decode(String luaName) {
    if (isAscii(luaName)) return luaName;
    return new String(luaName.getBytes(StandardCharsets.ISO_8859_1), NAMES);
  }

  /** The bytes a system call receives for a Lua string, with the C string's terminating NUL. */
  public static byte[] cString(String luaName) {
    byte[] b = new byte[luaName.length() + 1];
    for (int i = 0; i < luaName.length(); i++) b[i] = (byte) luaName.charAt(i);
    return b;
  }

  /** The bytes of an absolute path for a system call, NUL-terminated. */
  public static byte[] cString(Path path) {
    return cString(text(path));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}

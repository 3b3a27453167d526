package jlua.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What stat(2) tells about a file, read through the JDK's {@code unix:*} attribute view (no native code
 * of ours). {@code mode} is st_mode with the type bits; times are whole seconds since the epoch.
 */
public record FileStatus(int mode, long size, int uid, int gid, long atime, long mtime, long ctime,
    long ino, long dev, long rdev, int nlink) {

  public static final int S_IFMT = 0170000;
  public static final int S_IFSOCK = 0140000;
  public static final int S_IFLNK = 0120000;
  public static final int S_IFREG = 0100000;
  public static final int S_IFBLK = 0060000;
  public static final int S_IFDIR = 0040000;
  public static final int S_IFCHR = 0020000;
  public static final int S_IFIFO = 0010000;

  // named, not "unix:*": the star also asks for owner and group principals, a getpwuid and getgrgid
  // (NSS, /etc/passwd read again) per call that cost three times the stat itself
  private static final String ATTRIBUTES =
      "unix:mode,size,uid,gid,lastAccessTime,lastModifiedTime,ctime,ino,dev,rdev,nlink";
  private static final LinkOption[] FOLLOW = {};
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** stat(2) ({@code follow}) or lstat(2) of a file. */
  public static FileStatus of(Path path, boolean follow) throws IOException {
    Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES, follow ? FOLLOW : NOFOLLOW);
    return new FileStatus((Integer) a.get("mode"), (Long) a.get("size"), (Integer) a.get("uid"),
        (Integer) a.get("gid"), seconds(a.get("lastAccessTime")), seconds(a.get("lastModifiedTime")),
        seconds(a.get("ctime")), (Long) a.get("ino"), (Long) a.get("dev"), (Long) a.get("rdev"),
        (Integer) a.get("nlink"));
  }

  /** The same, for a {@link SysPath}: failures name it. */
  public static FileStatus of(SysPath file, boolean follow) throws OsError {
    try {
      return of(file.path(), follow);
    } catch (IOException e) {
      throw file.error(e);
    }
  }

  /**
   * stat(2) or lstat(2) through the JDK's plain POSIX attributes: the type (file, directory, link or
   * other), the permission bits without set-ID and sticky bits, size, times and the file key (device
   * and inode, for {@code equals}). Before the JIT has compiled it, the unix view's map costs ~70 µs a
   * call to this one's ~10: operations that need no more ask for no more.
   */
  public static PosixFileAttributes brief(SysPath file, boolean follow) throws OsError {
    try {
      return Files.readAttributes(file.path(), PosixFileAttributes.class, follow ? FOLLOW : NOFOLLOW);
    } catch (IOException e) {
      throw file.error(e);
    }
  }

  /** The rwx bits (0777) of brief attributes. Never asks for the owner (that is a user-database lookup). */
  public static int permissionBits(PosixFileAttributes a) {
    int bits = 0;
    for (PosixFilePermission p : a.permissions()) {
      bits |= switch (p) {
        case OWNER_READ -> 0400;
        case OWNER_WRITE -> 0200;
        case OWNER_EXECUTE -> 0100;
        case GROUP_READ -> 040;
        case GROUP_WRITE -> 020;
        case GROUP_EXECUTE -> 010;
        case OTHERS_READ -> 04;
        case OTHERS_WRITE -> 02;
        case OTHERS_EXECUTE -> 01;
      };
    }
    return bits;
  }

  /** stat(2) or lstat(2) of a file, or null when it cannot be read (missing, or not ours to see). */
  public static FileStatus find(Path path, boolean follow) {
    if (follow && !QuickCalls.exists(path)) return null; // without the exception NIO builds for a missing file
    try {
      return of(path, follow);
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether both describe the same file (device and inode), as Files.isSameFile decides. */
  public boolean sameFile(FileStatus other) {
    return dev == other.dev && ino == other.ino;
  }

  private static long seconds(Object time) {
    return ((FileTime) time).to(TimeUnit.SECONDS);
  }

  /** The type: "file", "directory", "link", "fifo", "socket", "char", "block". */
  public String type() {
    return switch (mode & S_IFMT) {
      case S_IFREG -> "file";
      case S_IFDIR -> "directory";
      case S_IFLNK -> "link";
      case S_IFIFO -> "fifo";
      case S_IFSOCK -> "socket";
      case S_IFCHR -> "char";
      case S_IFBLK -> "block";
      default -> "unknown";
    };
  }

  public boolean isDirectory() {
    return (mode & S_IFMT) == S_IFDIR;
  }

  public boolean isLink() {
    return (mode & S_IFMT) == S_IFLNK;
  }

  public boolean isFile() {
    return (mode & S_IFMT) == S_IFREG;
  }

  /** The permission bits (07777). */
  public int permissions() {
    return mode & 07777;
  }
}

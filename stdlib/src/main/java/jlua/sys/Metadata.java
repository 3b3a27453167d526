package jlua.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import jlua.api.Errno;

/**
 * Changing a file's mode, owner and times, following a symbolic link or acting on the link itself
 * ({@code follow = false}: lchown, lutimes; a link's own mode cannot change on Linux). The JDK does it
 * for links, regular files and directories; for FIFOs and devices it would open the file (blocking on
 * a FIFO), so their times go through utimensat(2) by path.
 */
public final class Metadata {
  private Metadata() {}

  private static final LinkOption[] FOLLOW = {};
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** chmod(2): the permission bits 07777, set-ID and sticky bits included; never opens the file. */
  public static void setMode(Path file, int mode, boolean follow) throws IOException {
    if (!follow && Files.isSymbolicLink(file)) {
      throw new java.nio.file.FileSystemException(file.toString(), null, Errno.text(Errno.ENOTSUP));
    }
    Files.setAttribute(file, "unix:mode", mode & 07777, FOLLOW); // by path: chmod(2)
  }

  /** chown(2)/lchown(2); -1 keeps the uid or gid. */
  public static void setOwner(Path file, int uid, int gid, boolean follow) throws IOException {
    LinkOption[] how = follow ? FOLLOW : NOFOLLOW;
    if (uid != -1) Files.setAttribute(file, "unix:uid", uid, how);
    if (gid != -1) Files.setAttribute(file, "unix:gid", gid, how);
  }

  /** Sets access and modification times, in seconds since the epoch (fractions kept). */
  public static void setTimes(Path file, double atime, double mtime, boolean follow) throws IOException {
    int type = (Integer) Files.getAttribute(file, "unix:mode", follow ? FOLLOW : NOFOLLOW) & FileStatus.S_IFMT;
    if (type == FileStatus.S_IFREG || type == FileStatus.S_IFDIR || type == FileStatus.S_IFLNK) {
      Files.getFileAttributeView(file, BasicFileAttributeView.class, follow ? FOLLOW : NOFOLLOW)
          .setTimes(time(mtime), time(atime), null);
      return;
    }
    long[] times = {seconds(atime), nanos(atime), seconds(mtime), nanos(mtime)};
    int rc = Native.libc().utimensat(LibC.AT_FDCWD, SysPath.cString(file), times,
        follow ? 0 : LibC.AT_SYMLINK_NOFOLLOW);
    if (rc == -1) throw new java.nio.file.FileSystemException(file.toString(), null, Errno.text(Native.errno()));
  }

  private static FileTime time(double seconds) {
    return FileTime.from(Math.round(seconds * 1e6), TimeUnit.MICROSECONDS);
  }

  private static long seconds(double t) {
    return (long) Math.floor(t);
  }

  private static long nanos(double t) {
    return Math.round((t - Math.floor(t)) * 1e9) % 1_000_000_000L;
  }
}

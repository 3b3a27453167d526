package jlua.sys;

import jlua.api.Cwd;
import jlua.api.Errno;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Single system calls on named files, shared by the modules that offer them under different
 * conventions (fs and lfs): each does what the C call does and throws {@link OsError} naming the file.
 */
public final class Syscalls {
  private Syscalls() {}

  /** rmdir(2): a non-directory is ENOTDIR (the JDK's delete would unlink it). */
  public static void rmdir(SysPath dir) throws OsError {
    if (!FileStatus.of(dir, false).isDirectory()) throw dir.error(Errno.ENOTDIR);
    try {
      Files.delete(dir.path());
    } catch (IOException e) {
      throw dir.error(e);
    }
  }

  /** mkdir(2) with mode 0777 less the umask. */
  public static void mkdir(SysPath dir) throws OsError {
    try {
      Files.createDirectory(dir.path());
    } catch (IOException e) {
      throw dir.error(e);
    }
  }

  /** readlink(2), as a Lua string. */
  public static String readlink(SysPath link) throws OsError {
    try {
      return SysPath.text(Files.readSymbolicLink(link.path()));
    } catch (IOException e) {
      throw link.error(e);
    }
  }

  /** symlink(2): {@code link} names {@code target} (a Lua string, stored as given). */
  public static void symlink(String target, SysPath link) throws OsError {
    try {
      Files.createSymbolicLink(link.path(), Path.of(SysPath.decode(target)));
    } catch (IOException e) {
      throw link.error(e);
    }
  }

  /** link(2): {@code link} becomes another name of {@code existing}. */
  public static void link(SysPath existing, SysPath link) throws OsError {
    FileStatus.of(existing, false); // a missing original is named as such
    try {
      Files.createLink(link.path(), existing.path());
    } catch (IOException e) {
      throw link.error(e);
    }
  }

  /** chdir(2) for Lua code: the directory must exist, be a directory and be searchable; see {@link Cwd}. */
  public static void chdir(SysPath dir) throws OsError {
    Path real;
    try {
      real = dir.path().toRealPath();
    } catch (IOException e) {
      throw dir.error(e);
    }
    if (!Files.isDirectory(real)) throw dir.error(Errno.ENOTDIR);
    if (!Files.isExecutable(real)) throw dir.error(Errno.EACCES);
    Cwd.set(real);
  }

  /** utime(2): sets access and modification times (seconds) of an existing file, following links. */
  public static void utime(SysPath file, double atime, double mtime) throws OsError {
    try {
      Metadata.setTimes(file.path(), atime, mtime, true);
    } catch (IOException e) {
      throw file.error(e);
    }
  }
}

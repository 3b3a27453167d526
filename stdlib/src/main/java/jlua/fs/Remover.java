package jlua.fs;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.QuickCalls;
import jlua.sys.SysPath;

/**
 * fs.rm: rm(1) with -r and -f. A tree is removed through directory descriptors (the JDK's secure
 * directory streams: openat/unlinkat with O_NOFOLLOW), so no symbolic link is ever followed, even one
 * swapped in while the removal runs. "/" and "."/".." are refused. Like rm, it goes on past a failure
 * and reports the first one.
 */
final class Remover {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final boolean force;
  private OsError first;

  private Remover(boolean force) {
    this.force = force;
  }

  // fs.rm (path [, {recursive, force}]) -> true
  static Object rm(Args args) {
    String name = args.checkString(1);
    Options o = Options.of(args, 2, "force", "recursive");
    boolean recursive = o.flag("recursive");
    boolean force = o.flag("force");
    return OsError.succeed(() -> {
      SysPath file;
      try {
        file = SysPath.of(name);
      } catch (OsError e) {
        if (force && e.errno() == Errno.ENOENT) return;
        throw e;
      }
      refuseDangerous(file);
      BasicFileAttributes st;
      try {
        st = lstat(file);
      } catch (OsError e) {
        if (force && e.errno() == Errno.ENOENT) return;
        throw e;
      }
      if (st.isDirectory() && !recursive) throw file.error(Errno.EISDIR);
      new Remover(force).remove(file, st);
    });
  }

  private static void refuseDangerous(SysPath file) throws OsError {
    if (file.path().normalize().getParent() == null) throw file.error(Errno.EPERM); // "/" however spelled
    String last = PathNames.basename(file.name());
    if (last.equals(".") || last.equals("..")) throw file.error(Errno.EINVAL);
  }

  /** lstat(2): the type, and the file key (device and inode) that tells whether it is swapped later. */
  private static BasicFileAttributes lstat(SysPath file) throws OsError {
    try {
      return Files.readAttributes(file.path(), BasicFileAttributes.class, NOFOLLOW);
    } catch (IOException e) {
      throw file.error(e);
    }
  }

  /** Removes a file or a whole tree without following links; the first failure is thrown at the end. */
  static void removeTree(SysPath file) throws OsError {
    new Remover(false).remove(file, lstat(file));
  }

  /** Removes what exists of a file or tree, ignoring failures (cleaning up after a failed operation). */
  static void removeQuietly(SysPath file) {
    try {
      removeTree(file);
    } catch (OsError e) {
      // best effort
    }
  }

  private void remove(SysPath file, BasicFileAttributes st) throws OsError {
    if (!(st.isDirectory() && emptiedAndRemoved(file, st)) && !QuickCalls.remove(file.path())) {
      try {
        Files.delete(file.path()); // names the failure (or succeeds, if the cause went away)
      } catch (IOException e) {
        note(file.error(e));
      }
    }
    if (first != null) throw first;
  }

  /**
   * Empties the directory lstat saw through a descriptor, then removes it by its absolute name through
   * the same descriptor (unlinkat(2) with AT_REMOVEDIR: one call, where remove(3) tries unlink first).
   * False when something failed (noted): the caller's removal by name then has its try.
   */
  private boolean emptiedAndRemoved(SysPath file, BasicFileAttributes st) {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.path())) {
      if (dir instanceof SecureDirectoryStream<Path> secure && sameFile(secure, st.fileKey())) {
        clear(secure, file);
        if (first != null) return false;
        secure.deleteDirectory(file.path());
        return true;
      }
      note(file.error(Errno.EBUSY)); // swapped for something else since lstat: leave it alone
    } catch (IOException e) {
      note(file.error(e));
    }
    return false;
  }

  /** Whether the directory held open is the one lstat saw (not a link swapped in since). */
  private static boolean sameFile(SecureDirectoryStream<Path> dir, Object key) throws IOException {
    BasicFileAttributes a = dir.getFileAttributeView(BasicFileAttributeView.class).readAttributes();
    return a.isDirectory() && a.fileKey() != null && a.fileKey().equals(key);
  }

  /**
   * Empties a directory held open, entry by entry relative to its descriptor. Each entry is unlinked
   * first: Linux refuses a directory with EISDIR, and only then is it removed as a directory.
   * Files, the usual entries, so take one system call instead of a stat and an unlink.
   */
  private void clear(SecureDirectoryStream<Path> dir, SysPath where) {
    try {
      for (Path entry : dir) {
        Path name = entry.getFileName();
        try {
          try {
            dir.deleteFile(name);
          } catch (FileSystemException e) {
            if (Errno.of(e) != Errno.EISDIR) throw e;
            removeDirectory(dir, name, where);
          }
        } catch (IOException e) {
          if (!(force && Errno.of(e) == Errno.ENOENT)) note(where.child(name).error(e)); // named only when needed
        }
      }
    } catch (DirectoryIteratorException e) {
      note(where.error(e.getCause()));
    }
  }

  /**
   * Removes the directory {@code name} of {@code dir} and what it holds. An empty one (the usual leaf
   * of a tree) goes with one rmdir; only one that is not empty is opened (O_NOFOLLOW) and emptied: a
   * directory stream costs nine system calls, where a refused rmdir costs one.
   */
  private void removeDirectory(SecureDirectoryStream<Path> dir, Path name, SysPath where) throws IOException {
    try {
      dir.deleteDirectory(name);
      return;
    } catch (DirectoryNotEmptyException e) {
      // empty it first
    }
    try (SecureDirectoryStream<Path> sub = dir.newDirectoryStream(name, NOFOLLOW)) {
      clear(sub, where.child(name));
    }
    dir.deleteDirectory(name);
  }

  private void note(OsError e) {
    if (first == null) first = e;
  }
}

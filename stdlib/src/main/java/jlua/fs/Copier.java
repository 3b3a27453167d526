package jlua.fs;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.sys.AtomicFile;
import jlua.sys.CreationMode;
import jlua.sys.Directories;
import jlua.sys.FileStatus;
import jlua.sys.Metadata;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.QuickCalls;
import jlua.sys.SysPath;
import jlua.sys.Syscalls;
import jlua.sys.Umask;

/**
 * fs.cp and fs.mv: copying files and trees the way cp(1) does, and moving with rename(2), falling back
 * across file systems to a preserving copy that is synced and renamed into place before the source is
 * removed, so the data always exists under one of the two names.
 */
final class Copier {
  private final boolean recursive;
  private final boolean preserve;
  private final boolean force;
  private final boolean dereference;
  private final boolean sync;
  private final int umask = Umask.get();
  private static final long SMALL_FILE = 65536; // beyond this sendfile(2), copying in the kernel, wins
  private static final Set<OpenOption> WRITE_NEW =
      Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
  private Map<String, Path> copiedLinks; // "dev:ino" -> first copy (cp -a keeps hard links); made on first need

  private Copier(boolean recursive, boolean preserve, boolean force, boolean dereference, boolean sync) {
    this.recursive = recursive;
    this.preserve = preserve;
    this.force = force;
    this.dereference = dereference;
    this.sync = sync;
  }

  // fs.cp (src, dst [, {recursive, preserve, force, dereference}]) -> true
  static Object cp(Args args) {
    String from = args.checkString(1);
    String to = args.checkString(2);
    Options o = Options.of(args, 3, "dereference", "force", "preserve", "recursive");
    Copier c = new Copier(o.flag("recursive"), o.flag("preserve"), o.flag("force"), o.flag("dereference"), false);
    return OsError.succeed(() -> c.copyTop(SysPath.of(from), SysPath.of(to)));
  }

  private void copyTop(SysPath src, SysPath dst) throws OsError {
    boolean followTop = dereference || !(recursive || preserve); // cp without -R/-a copies what a link names
    PosixFileAttributes top = FileStatus.brief(src, followTop);
    if (top.isDirectory() && !recursive) throw src.error(Errno.EISDIR);
    BasicFileAttributes there = existing(dst);
    if (there != null && there.isDirectory()) {
      dst = dst.child(src.fileName());
      there = existing(dst);
    }
    if (top.isDirectory()) {
      refuseCopyIntoItself(src, dst);
    } else if (!top.isSymbolicLink() && there != null && top.fileKey() != null && top.fileKey().equals(there.fileKey())) {
      throw dst.error(Errno.EINVAL); // cp refuses to copy a file onto itself
    }
    if (top.isRegularFile() && !preserve) {
      copyData(src, FileStatus.permissionBits(top), top.size(), dst); // all a plain copy needs to know
    } else {
      copy(src, FileStatus.of(src, followTop), dst);
    }
  }

  /**
   * stat(2) of the target (after links), or null where there is none: a missing target, the usual
   * case, costs one stat without the exception NIO would build.
   */
  private static BasicFileAttributes existing(SysPath dst) {
    if (!QuickCalls.exists(dst.path())) return null;
    try {
      return Files.readAttributes(dst.path(), BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // the copy itself reports what is inaccessible
    }
  }

  /** cp refuses to copy a directory into itself. */
  private static void refuseCopyIntoItself(SysPath src, SysPath dst) throws OsError {
    Path parent = dst.path().getParent();
    if (parent == null) return;
    try {
      Path target = parent.toRealPath().resolve(dst.path().getFileName());
      if (target.startsWith(src.path().toRealPath())) throw dst.error(Errno.EINVAL);
    } catch (IOException e) {
      // the copy itself reports what is missing or inaccessible
    }
  }

  private void copy(SysPath src, FileStatus st, SysPath dst) throws OsError {
    switch (st.type()) {
      case "link" -> copyLink(src, dst);
      case "directory" -> copyDirectory(src, st, dst);
      case "file" -> copyFile(src, st, dst);
      default -> {
        if (recursive || preserve) makeNode(st, dst);
        else copyFile(src, st, dst);
      }
    }
    if (preserve) keepAttributes(st, dst);
  }

  private void copyLink(SysPath src, SysPath dst) throws OsError {
    String target = Syscalls.readlink(src);
    boolean exists = Files.exists(dst.path(), LinkOption.NOFOLLOW_LINKS);
    if (exists && Files.isDirectory(dst.path(), LinkOption.NOFOLLOW_LINKS)) throw dst.error(Errno.EEXIST);
    SysPath made = exists ? AtomicFile.temporaryFor(dst, "cp") : dst;
    Syscalls.symlink(target, made);
    if (exists) replace(made, dst);
  }

  private void copyDirectory(SysPath src, FileStatus st, SysPath dst) throws OsError {
    boolean existed = Files.exists(dst.path(), LinkOption.NOFOLLOW_LINKS);
    if (existed && !Files.isDirectory(dst.path())) throw dst.error(Errno.ENOTDIR);
    try {
      if (!existed) Files.createDirectory(dst.path(), CreationMode.of(st.permissions() | 0700));
    } catch (IOException e) {
      throw dst.error(e);
    }
    for (String name : Directories.names(src)) { // read whole first: the copy cannot see itself
      SysPath child = src.child(name);
      copy(child, FileStatus.of(child, dereference), dst.child(name));
    }
    try {
      if (!existed && !preserve) Metadata.setMode(dst.path(), st.permissions() & 0777 & ~umask, true);
      if (sync) AtomicFile.fsync(dst.path());
    } catch (IOException e) {
      throw dst.error(e);
    }
  }

  private void copyFile(SysPath src, FileStatus st, SysPath dst) throws OsError {
    if (preserve && st.nlink() > 1 && linkToEarlierCopy(st, dst)) return;
    copyData(src, st.permissions(), st.isFile() ? st.size() : -1, dst);
  }

  /**
   * Copies the contents of {@code src} to {@code dst}, created with {@code permissions} less the umask;
   * {@code size} is what stat said of a regular file, -1 for anything else.
   */
  private void copyData(SysPath src, int permissions, long size, SysPath dst) throws OsError {
    if (size >= 0 && size <= SMALL_FILE && !sync && createdAlike(permissions) && copiedSmall(src, size, dst)) return;
    try (FileChannel in = FileChannel.open(src.path(), StandardOpenOption.READ)) {
      try (FileChannel out = openTarget(permissions, dst)) {
        transfer(in, out, size);
        if (sync) out.force(true);
      } catch (IOException e) {
        throw dst.error(e);
      }
    } catch (IOException e) {
      throw src.error(e);
    }
  }

  /**
   * Whether a file created by java.io (mode 0666 less the umask) gets the mode a copy of a file with
   * {@code permissions} must have (those less the umask): true for the usual 0644 under umask 022.
   */
  private boolean createdAlike(int permissions) {
    return ((permissions ^ 0666) & 0777 & ~umask) == 0;
  }

  /**
   * Copies a small regular file through java.io's streams and one buffer: an open and a read or
   * write are one JNI call each, where a FileChannel's open and transferTo run several layers of
   * Java first (half of what cp cost before the JIT compiled it, on 1,000 small copies). The copy
   * stops at the size stat saw, as {@link #transfer} does. The source is read whole before the copy
   * opens, so a failure names the file it happened to. False, with nothing written, when either file
   * will not open: the channels then try again and name the failure (or take the success).
   */
  private static boolean copiedSmall(SysPath src, long size, SysPath dst) throws OsError {
    byte[] buf = new byte[(int) Math.max(size, 1)];
    int n = 0;
    try (FileInputStream in = new FileInputStream(src.path().toString())) {
      for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0; ) n += r;
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw src.error(e);
    }
    try (FileOutputStream out = new FileOutputStream(dst.path().toString())) {
      out.write(buf, 0, n);
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw dst.error(e);
    }
    return true;
  }

  /** Opens the copy for writing: truncating an existing file, or (force) replacing one that won't open. */
  private FileChannel openTarget(int permissions, SysPath dst) throws IOException {
    var mode = CreationMode.of(permissions);
    try {
      return FileChannel.open(dst.path(), WRITE_NEW, mode);
    } catch (IOException e) {
      if (!force || !Files.exists(dst.path(), LinkOption.NOFOLLOW_LINKS)) throw e;
      Files.delete(dst.path());
      return FileChannel.open(dst.path(), WRITE_NEW, mode);
    }
  }

  /**
   * Copies to the end of {@code in}: sendfile(2) through transferTo, then, where that saw nothing or
   * cannot see the end (/proc files are regular but size 0; FIFOs and devices are not regular), reads.
   * A regular file is done once the size stat saw is copied: transferTo stops at the size it finds
   * (an fstat and a sendfile each call), so one more call would only find the end.
   */
  private static void transfer(FileChannel in, FileChannel out, long size) throws IOException {
    boolean regular = size >= 0;
    long position = 0;
    long n;
    while ((n = in.transferTo(position, 1L << 30, out)) > 0) {
      position += n;
      if (regular && position >= size) return;
    }
    if (regular && position > 0) return; // transferTo stops only at the file's size
    in.position(position);
    ByteBuffer buf = ByteBuffer.allocate(16384);
    while (in.read(buf) > 0) {
      buf.flip();
      while (buf.hasRemaining()) out.write(buf);
      buf.clear();
    }
  }

  /** cp -a keeps hard links: a second name of a copied inode becomes a link to the first copy. */
  private boolean linkToEarlierCopy(FileStatus st, SysPath dst) throws OsError {
    String key = st.dev() + ":" + st.ino();
    if (copiedLinks == null) copiedLinks = new HashMap<>();
    Path first = copiedLinks.get(key);
    if (first == null) {
      copiedLinks.put(key, dst.path());
      return false;
    }
    try {
      Files.deleteIfExists(dst.path());
      Files.createLink(dst.path(), first);
    } catch (IOException e) {
      throw dst.error(e);
    }
    return true;
  }

  /** A FIFO, device or socket node like the source's (cp -R recreates them rather than reading them). */
  private void makeNode(FileStatus st, SysPath dst) throws OsError {
    try {
      Files.deleteIfExists(dst.path());
    } catch (IOException e) {
      throw dst.error(e);
    }
    int rc = Native.libc().mknod(SysPath.cString(dst.path()), st.mode() & ~07777 | st.permissions() & 0777 & ~umask, st.rdev());
    Native.check(rc, dst.name());
  }

  /** cp -a: owner (where permitted, as cp does for non-root), then mode (chown clears set-ID bits), then times. */
  private static void keepAttributes(FileStatus st, SysPath dst) throws OsError {
    boolean link = st.isLink();
    try {
      try {
        Metadata.setOwner(dst.path(), st.uid(), st.gid(), false);
      } catch (IOException e) {
        int errno = Errno.of(e);
        if (errno != Errno.EPERM && errno != Errno.EINVAL) throw e;
      }
      if (!link) Metadata.setMode(dst.path(), st.permissions(), true);
      Metadata.setTimes(dst.path(), st.atime(), st.mtime(), !link);
    } catch (IOException e) {
      throw dst.error(e);
    }
  }

  // fs.mv (src, dst) -> true
  static Object mv(Args args) {
    String from = args.checkString(1);
    String to = args.checkString(2);
    return OsError.succeed(() -> {
      SysPath src = SysPath.of(from);
      SysPath dst = SysPath.of(to);
      if (QuickCalls.isDirectory(dst.path())) dst = dst.child(src.fileName());
      if (QuickCalls.rename(src.path(), dst.path())) return;
      try {
        Files.move(src.path(), dst.path(), StandardCopyOption.ATOMIC_MOVE); // rename(2) again, to name the failure
      } catch (AtomicMoveNotSupportedException e) {
        moveAcross(src, FileStatus.of(src, false), dst);
      } catch (IOException e) {
        FileStatus.of(src, false); // a missing or unreachable source is named as such
        int errno = Errno.of(e);
        boolean aboutTarget = errno == Errno.ENOENT || errno == Errno.EEXIST || errno == Errno.ENOTEMPTY
            || errno == Errno.EISDIR || errno == Errno.ENOTDIR;
        throw (aboutTarget ? dst : src).error(errno);
      }
    });
  }

  /** mv across file systems: copy (preserving) to a hidden name beside dst, sync, rename, then remove src. */
  private static void moveAcross(SysPath src, FileStatus st, SysPath dst) throws OsError {
    if (Files.exists(dst.path(), LinkOption.NOFOLLOW_LINKS)) {
      FileStatus existing = FileStatus.of(dst, false);
      if (st.isDirectory() && !existing.isDirectory()) throw dst.error(Errno.ENOTDIR);
      if (st.isDirectory() && !Directories.names(dst).isEmpty()) throw dst.error(Errno.ENOTEMPTY);
      if (!st.isDirectory() && existing.isDirectory()) throw dst.error(Errno.EISDIR);
    }
    SysPath temporary = AtomicFile.temporaryFor(dst, "mv");
    try {
      new Copier(true, true, false, false, true).copy(src, st, temporary);
    } catch (OsError e) {
      Remover.removeQuietly(temporary);
      throw e;
    }
    replace(temporary, dst);
    Remover.removeTree(src);
  }

  /** Renames {@code made} over {@code target} (see {@link AtomicFile}), removing {@code made} on failure. */
  static void replace(SysPath made, SysPath target) throws OsError {
    try {
      AtomicFile.rename(made, target);
    } catch (OsError e) {
      Remover.removeQuietly(made);
      throw e;
    }
  }

}

package jlua.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.X7875_NewUnix;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import jlua.sys.Accounts;
import jlua.sys.AtomicFile;
import jlua.sys.Directories;
import jlua.sys.FileStatus;
import jlua.sys.OsError;
import jlua.sys.SysPath;
import jlua.sys.Syscalls;

/**
 * archive.create: tar (plain or compressed) and zip archives of files and trees, keeping modes, owners
 * (ids and names), times and symbolic links (stored as links, never followed). Names in the archive are
 * the paths as given, relative to {@code base} when given, without a leading "/" or "./". The archive is
 * written under a temporary name and renamed into place when complete.
 */
final class ArchiveWriter {
  private final ArchiveOutputStream<?> out;
  private final boolean zip;
  private final Path skipped; // the archive being written, should it lie inside the tree

  private ArchiveWriter(ArchiveOutputStream<?> out, boolean zip, Path skipped) {
    this.out = out;
    this.zip = zip;
    this.skipped = skipped;
  }

  /** The format an archive name asks for: "tar", "tar.gz", "tar.bz2", "tar.xz", "zip", or null. */
  static String formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tar")) return "tar";
    if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
    if (n.endsWith(".tar.bz2") || n.endsWith(".tbz2")) return "tar.bz2";
    if (n.endsWith(".tar.xz") || n.endsWith(".txz")) return "tar.xz";
    if (n.endsWith(".zip")) return "zip";
    return null;
  }

  static void create(SysPath archive, String format, String[] paths, String base) throws OsError {
    SysPath baseDir = base == null ? null : SysPath.of(base);
    SysPath temporary = AtomicFile.temporaryFor(archive, "archive");
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary.path(), StandardOpenOption.CREATE_NEW))) {
        ArchiveWriter w = format.equals("zip")
            ? new ArchiveWriter(new ZipArchiveOutputStream(file), true, temporary.path())
            : new ArchiveWriter(tar(Compression.compressor(method(format), file)), false, temporary.path());
        for (String p : paths) {
          SysPath source = baseDir != null && !p.startsWith("/") ? baseDir.child(p) : SysPath.of(p);
          w.add(source, entryName(p));
        }
        w.out.finish();
        w.out.close();
      } catch (IOException e) {
        throw archive.error(e);
      }
      try {
        AtomicFile.fsync(temporary.path());
      } catch (IOException e) {
        throw archive.error(e);
      }
      AtomicFile.rename(temporary, archive);
    } catch (OsError e) {
      Compression.deleteQuietly(temporary);
      throw e;
    }
  }

  private static String method(String format) {
    return switch (format) {
      case "tar.gz" -> "gzip";
      case "tar.bz2" -> "bzip2";
      case "tar.xz" -> "xz";
      default -> "none";
    };
  }

  private static TarArchiveOutputStream tar(OutputStream out) {
    TarArchiveOutputStream t = new TarArchiveOutputStream(out);
    t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    t.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    return t;
  }

  /** A path as a member name: no leading "/" or "./", no trailing "/"; "" for the base itself. */
  private static String entryName(String p) {
    String n = p.replaceAll("/+", "/");
    while (n.startsWith("/") || n.startsWith("./")) n = n.substring(n.startsWith("/") ? 1 : 2);
    if (n.equals(".")) n = "";
    while (n.endsWith("/")) n = n.substring(0, n.length() - 1);
    return n;
  }

  /** Adds a file, link or whole tree (never following links inside it). */
  private void add(SysPath file, String name) throws OsError, IOException {
    if (file.path().equals(skipped)) return;
    FileStatus st = FileStatus.of(file, false);
    if (!name.isEmpty()) put(file, st, name);
    if (st.isDirectory()) {
      for (String child : Directories.names(file)) {
        add(file.child(child), name.isEmpty() ? child : name + "/" + child);
      }
    }
  }

  private void put(SysPath file, FileStatus st, String name) throws OsError, IOException {
    String target = st.isLink() ? Syscalls.readlink(file) : null;
    if (st.type().equals("socket")) return; // neither format holds sockets (tar skips them too)
    if (zip) {
      putZip(file, st, name, target);
    } else {
      putTar(file, st, name, target);
    }
  }

  private void putTar(SysPath file, FileStatus st, String name, String target) throws OsError, IOException {
    TarArchiveEntry e = switch (st.type()) {
      case "directory" -> new TarArchiveEntry(name + "/");
      case "link" -> new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      case "fifo" -> new TarArchiveEntry(name, TarConstants.LF_FIFO);
      case "char" -> new TarArchiveEntry(name, TarConstants.LF_CHR);
      case "block" -> new TarArchiveEntry(name, TarConstants.LF_BLK);
      default -> new TarArchiveEntry(name);
    };
    e.setMode(st.mode());
    e.setUserId((long) Integer.toUnsignedLong(st.uid()));
    e.setGroupId((long) Integer.toUnsignedLong(st.gid()));
    String user = Accounts.userName(st.uid());
    String group = Accounts.groupName(st.gid());
    if (user != null) e.setUserName(user);
    if (group != null) e.setGroupName(group);
    e.setModTime(FileTime.from(st.mtime(), java.util.concurrent.TimeUnit.SECONDS));
    if (target != null) e.setLinkName(target);
    if (st.type().equals("char") || st.type().equals("block")) {
      e.setDevMajor((int) (((st.rdev() >>> 8) & 0xfff) | ((st.rdev() >>> 32) & ~0xfffL)));
      e.setDevMinor((int) ((st.rdev() & 0xff) | ((st.rdev() >>> 12) & ~0xffL)));
    }
    if (st.isFile()) e.setSize(st.size());
    ((TarArchiveOutputStream) out).putArchiveEntry(e);
    if (st.isFile()) copyContents(file);
    out.closeArchiveEntry();
  }

  private void putZip(SysPath file, FileStatus st, String name, String target) throws OsError, IOException {
    if (!st.isFile() && !st.isDirectory() && !st.isLink()) return; // zip holds no FIFOs or devices
    ZipArchiveEntry e = new ZipArchiveEntry(st.isDirectory() ? name + "/" : name);
    e.setUnixMode(st.mode());
    e.setLastModifiedTime(FileTime.from(st.mtime(), java.util.concurrent.TimeUnit.SECONDS));
    X7875_NewUnix ids = new X7875_NewUnix();
    ids.setUID(Integer.toUnsignedLong(st.uid()));
    ids.setGID(Integer.toUnsignedLong(st.gid()));
    e.addExtraField(ids);
    ((ZipArchiveOutputStream) out).putArchiveEntry(e);
    if (target != null) out.write(SysPath.decode(target).getBytes(StandardCharsets.UTF_8));
    if (st.isFile()) copyContents(file);
    out.closeArchiveEntry();
  }

  private void copyContents(SysPath file) throws OsError {
    try (InputStream in = Files.newInputStream(file.path())) {
      in.transferTo(out);
    } catch (IOException e) {
      throw file.error(e);
    }
  }
}

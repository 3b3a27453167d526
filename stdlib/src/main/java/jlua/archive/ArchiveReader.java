package jlua.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.X7875_NewUnix;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipShort;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.sys.OsError;
import jlua.sys.SysPath;
import jlua.sys.Tables;

/**
 * Reading an archive member by member, whatever its format: tar (plain, gzip, bzip2 or xz, told by
 * content) or zip (read through its central directory, where the Unix modes are).
 */
final class ArchiveReader {
  private ArchiveReader() {}

  /** Receives each member and a stream of its contents (empty for all but files). */
  interface Visitor {
    void visit(Entry entry, InputStream contents) throws IOException, OsError;
  }

  // archive.list (path) -> array of entry tables
  static LuaTable list(SysPath archive) throws OsError {
    List<LuaTable> out = new ArrayList<>();
    read(archive, (e, in) -> out.add(e.toLua()));
    return Tables.array(out);
  }

  static void read(SysPath archive, Visitor visitor) throws OsError {
    try {
      if (isZip(archive)) {
        readZip(archive, visitor);
      } else {
        readTar(archive, visitor);
      }
    } catch (IOException e) {
      throw archive.error(e);
    }
  }

  private static boolean isZip(SysPath archive) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(archive.path())) {
      int n = in.readNBytes(head, 0, 4);
      return n == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
    }
  }

  private static void readTar(SysPath archive, Visitor visitor) throws IOException, OsError {
    try (InputStream raw = Compression.detecting(Files.newInputStream(archive.path()))) {
      InputStream in = raw;
      if (!raw.markSupported()) in = new java.io.BufferedInputStream(raw);
      try {
        if (!ArchiveStreamFactory.TAR.equals(ArchiveStreamFactory.detect(in))) throw notAnArchive(archive);
      } catch (ArchiveException e) {
        throw notAnArchive(archive);
      }
      TarArchiveInputStream tar = new TarArchiveInputStream(in);
      for (TarArchiveEntry t = tar.getNextEntry(); t != null; t = tar.getNextEntry()) {
        visitor.visit(entry(t), tar);
      }
    }
  }

  private static OsError notAnArchive(SysPath archive) {
    return OsError.detailed(archive.name(), Errno.EINVAL, "not a tar or zip archive");
  }

  private static Entry entry(TarArchiveEntry t) {
    String type = t.isDirectory() ? "directory" : t.isSymbolicLink() ? "link" : t.isLink() ? "hardlink"
        : t.isFIFO() ? "fifo" : t.isCharacterDevice() ? "char" : t.isBlockDevice() ? "block" : "file";
    String target = t.isSymbolicLink() || t.isLink() ? t.getLinkName() : null;
    return new Entry(t.getName(), type, t.getSize(), t.getMode() & 07777, t.getLastModifiedTime().toInstant().getEpochSecond(),
        t.getLongUserId(), t.getLongGroupId(), t.getUserName(), t.getGroupName(), target, t.getDevMajor(), t.getDevMinor());
  }

  private static void readZip(SysPath archive, Visitor visitor) throws IOException, OsError {
    try (ZipFile zip = ZipFile.builder().setPath(archive.path()).get()) {
      for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
        ZipArchiveEntry z = en.nextElement();
        String target = z.isUnixSymlink() ? zip.getUnixSymlink(z) : null;
        String type = z.isDirectory() ? "directory" : target != null ? "link" : "file";
        int mode = z.getUnixMode() & 07777;
        if (mode == 0) mode = z.isDirectory() ? 0755 : 0644; // written elsewhere, without Unix attributes
        long uid = -1;
        long gid = -1;
        if (z.getExtraField(new ZipShort(0x7875)) instanceof X7875_NewUnix ids) {
          uid = ids.getUID();
          gid = ids.getGID();
        }
        Entry e = new Entry(z.getName(), type, target != null ? target.getBytes(StandardCharsets.UTF_8).length : z.getSize(),
            mode, z.getLastModifiedTime().toInstant().getEpochSecond(), uid, gid, null, null, target, 0, 0);
        try (InputStream in = zip.getInputStream(z)) {
          visitor.visit(e, in);
        }
      }
    }
  }
}

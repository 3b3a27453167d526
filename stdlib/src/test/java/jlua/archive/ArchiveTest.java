package jlua.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** archive: round trips in every format, listings, compression, and the refusal of escaping members. */
class ArchiveTest extends LuaFiles {
  @BeforeEach
  void tree() throws IOException {
    Files.createDirectories(dir.resolve("src/sub"));
    Files.writeString(dir.resolve("src/run.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(dir.resolve("src/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.writeString(dir.resolve("src/sub/data"), "x".repeat(10000));
    Files.createSymbolicLink(dir.resolve("src/link"), Path.of("sub/data"));
    Files.setLastModifiedTime(dir.resolve("src/run.sh"), FileTime.fromMillis(1_500_000_000_000L));
    if (Host.isRoot()) {
      Host.command(null, "chown", "nobody:nogroup", dir.resolve("src/sub/data").toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.tar", "a.tar.gz", "a.tgz", "a.tar.bz2", "a.tar.xz", "a.zip"})
  void roundTrips(String name) throws IOException {
    ok("return archive.create('" + name + "', {'src'})");
    ok("return archive.extract('" + name + "', 'out')");
    Path out = dir.resolve("out/src");
    assertEquals("#!/bin/sh\n", Files.readString(out.resolve("run.sh")));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("run.sh"))));
    assertEquals(FileTime.fromMillis(1_500_000_000_000L), Files.getLastModifiedTime(out.resolve("run.sh")));
    assertEquals(10000, Files.size(out.resolve("sub/data")));
    assertTrue(Files.isSymbolicLink(out.resolve("link")));
    assertEquals(Path.of("sub/data"), Files.readSymbolicLink(out.resolve("link")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"o.tar.gz", "o.zip"})
  void ownersRoundTrip(String name) throws IOException {
    Host.assumeRoot();
    ok("return archive.create('" + name + "', {'src'})");
    ok("return archive.extract('" + name + "', 'out')");
    assertEquals("nobody", Files.getOwner(dir.resolve("out/src/sub/data")).getName());
    assertEquals("root", Files.getOwner(dir.resolve("out/src/run.sh")).getName());
  }

  @Test
  void listsMembers() throws IOException {
    ok("return archive.create('a.tgz', {'run.sh', 'link', 'sub'}, {base = 'src'})");
    LuaTable list = (LuaTable) value("return archive.list('a.tgz')");
    assertEquals(4, list.length());
    LuaTable first = (LuaTable) list.rawget(1);
    assertEquals("run.sh", first.rawget("name"));
    assertEquals("file", first.rawget("type"));
    assertEquals("0750", first.rawget("mode"));
    assertEquals(10.0, first.rawget("size"));
    assertEquals(1_500_000_000.0, first.rawget("mtime"));
    assertEquals("link", ((LuaTable) list.rawget(2)).rawget("type"));
    assertEquals("sub/data", ((LuaTable) list.rawget(2)).rawget("target"));
    assertEquals("sub/", ((LuaTable) list.rawget(3)).rawget("name"));
    assertEquals("directory", ((LuaTable) list.rawget(3)).rawget("type"));
    assertEquals(Files.getOwner(dir.resolve("src/sub/data")).getName(), ((LuaTable) list.rawget(4)).rawget("user"));
  }

  @Test
  void readsWhatTarWrites() {
    Host.assumeCommand("tar");
    Host.Run r = Host.command(dir, "tar", "czf", "made-by-tar.tgz", "src");
    assertEquals(0, r.status(), r.err());
    ok("return archive.extract('made-by-tar.tgz', 'out')");
    assertTrue(Files.isSymbolicLink(dir.resolve("out/src/link")));
    ok("return archive.create('ours.tar.xz', {'src'})");
    r = Host.command(dir, "tar", "tJvf", "ours.tar.xz");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("src/link -> sub/data"), r.out());
    assertTrue(r.out().contains("-rwxr-x---"), r.out());
  }

  @Test
  void failures() throws IOException {
    fails("return archive.create('a.tar', {'missing'})", "missing: No such file or directory", Errno.ENOENT);
    assertFalse(Files.exists(dir.resolve("a.tar")), "no partial archive is left");
    fails("return archive.extract('missing.tar', 'out')", "missing.tar: No such file or directory", Errno.ENOENT);
    fails("return archive.list('missing.zip')", "missing.zip: No such file or directory", Errno.ENOENT);
    Files.writeString(dir.resolve("junk.tar"), "this is not an archive at all".repeat(40));
    fails("return archive.list('junk.tar')", "junk.tar: not a tar or zip archive", Errno.EINVAL);
    assertTrue(error("archive.create('a.rar', {'src'})").contains("bad argument #1 to 'create' (unknown archive format"));
    assertTrue(error("archive.create('a.tar', {'src'}, {bsae = 'x'})").contains("bad argument #3 to 'create' (unknown option 'bsae')"));
  }

  @Test
  void compressesFiles() throws IOException {
    for (String[] m : new String[][] {{"gzip", "gunzip", ".gz"}, {"bzip2", "bunzip2", ".bz2"}, {"xz", "unxz", ".xz"}}) {
      assertEquals("src/sub/data" + m[2], value("return archive." + m[0] + "('src/sub/data')"));
      assertFalse(Files.exists(dir.resolve("src/sub/data")));
      assertTrue(Files.size(dir.resolve("src/sub/data" + m[2])) < 1000);
      assertEquals("src/sub/data", value("return archive." + m[1] + "('src/sub/data" + m[2] + "')"));
      assertEquals("x".repeat(10000), Files.readString(dir.resolve("src/sub/data")));
    }
    assertEquals("src/run.sh.gz", value("return archive.gzip('src/run.sh', {keep = true})"));
    assertTrue(Files.exists(dir.resolve("src/run.sh")));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("src/run.sh.gz"))));
    fails("return archive.gzip('src/run.sh')", "src/run.sh.gz: File exists", Errno.EEXIST);
    fails("return archive.gunzip('src/run.sh')", "src/run.sh: unknown suffix (expected .gz)", Errno.EINVAL);
    fails("return archive.xz('missing')", "missing: No such file or directory", Errno.ENOENT);
    Host.assumeCommand("gzip");
    assertEquals(0, Host.command(dir, "gzip", "-t", "src/run.sh.gz").status());
  }

  // ---- hostile archives ------------------------------------------------------------------------

  private void tar(String name, TarArchiveEntry... entries) throws IOException {
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      for (TarArchiveEntry e : entries) {
        byte[] data = e.isFile() ? "payload".getBytes(StandardCharsets.US_ASCII) : new byte[0];
        if (e.isFile()) e.setSize(data.length);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
      }
    }
  }

  private static TarArchiveEntry symlink(String name, String target) {
    TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
    e.setLinkName(target);
    return e;
  }

  @Test
  void refusesDotDot() throws IOException {
    tar("evil.tar", new TarArchiveEntry("ok.txt"), new TarArchiveEntry("../escaped.txt"));
    fails("return archive.extract('evil.tar', 'out')", "evil.tar: entry '../escaped.txt' would land outside 'out' (\"..\" in its name)", Errno.EINVAL);
    assertFalse(Files.exists(dir.resolve("escaped.txt")));
    assertFalse(Files.exists(dir.resolve("out/ok.txt")), "nothing is written from a refused archive");
    tar("deep.tar", new TarArchiveEntry("a/b/../../../x"));
    fails("return archive.extract('deep.tar', 'out')", "deep.tar: entry 'a/b/../../../x' would land outside 'out' (\"..\" in its name)", Errno.EINVAL);
  }

  @Test
  void refusesAbsoluteNames() throws IOException {
    tar("abs.tar", new TarArchiveEntry("/tmp/jlua-absolute-escape", true)); // kept absolute, as other tools write it
    fails("return archive.extract('abs.tar', 'out')",
        "abs.tar: entry '/tmp/jlua-absolute-escape' would land outside 'out' (absolute name)", Errno.EINVAL);
    assertFalse(Files.exists(Path.of("/tmp/jlua-absolute-escape")));
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(dir.resolve("abs.zip"))) {
      z.putArchiveEntry(new ZipArchiveEntry("/tmp/jlua-absolute-zip"));
      z.closeArchiveEntry();
    }
    fails("return archive.extract('abs.zip', 'out')", "abs.zip: entry '/tmp/jlua-absolute-zip' would land outside 'out' (absolute name)", Errno.EINVAL);
  }

  @Test
  void refusesZipSlip() throws IOException {
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(dir.resolve("slip.zip"))) {
      z.putArchiveEntry(new ZipArchiveEntry("fine.txt"));
      z.closeArchiveEntry();
      z.putArchiveEntry(new ZipArchiveEntry("sub/../../slipped.txt"));
      z.write("gotcha".getBytes(StandardCharsets.US_ASCII));
      z.closeArchiveEntry();
    }
    fails("return archive.extract('slip.zip', 'out')", "slip.zip: entry 'sub/../../slipped.txt' would land outside 'out' (\"..\" in its name)", Errno.EINVAL);
    assertFalse(Files.exists(dir.resolve("slipped.txt")));
  }

  @Test
  void refusesWritingThroughASymlinkMember() throws IOException {
    Path victim = Files.createDirectory(dir.resolve("victim"));
    tar("trick.tar", symlink("link", victim.toString()), new TarArchiveEntry("link/planted.txt"));
    fails("return archive.extract('trick.tar', 'out')", "trick.tar: entry 'link/planted.txt' would be written through the symbolic link 'link'", Errno.EINVAL);
    assertFalse(Files.exists(victim.resolve("planted.txt")));
    tar("relative.tar", symlink("up", ".."), new TarArchiveEntry("up/planted.txt"));
    fails("return archive.extract('relative.tar', 'out')", "relative.tar: entry 'up/planted.txt' would be written through the symbolic link 'up'", Errno.EINVAL);
    TarArchiveEntry hard = new TarArchiveEntry("h", TarConstants.LF_LINK);
    hard.setLinkName("../../etc/passwd");
    tar("hard.tar", hard);
    fails("return archive.extract('hard.tar', 'out')", "hard.tar: entry 'h' would land outside 'out' (\"..\" in its name)", Errno.EINVAL);
  }

  @Test
  void refusesWritingThroughALinkAlreadyOnDisk() throws IOException {
    Path victim = Files.createDirectory(dir.resolve("victim"));
    Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(dir.resolve("out/planted-dir"), victim);
    tar("plain.tar", new TarArchiveEntry("planted-dir/x.txt"));
    fails("return archive.extract('plain.tar', 'out')", "plain.tar: entry 'planted-dir/x.txt' would be written through the symbolic link 'planted-dir'", Errno.EINVAL);
    assertFalse(Files.exists(victim.resolve("x.txt")));
    Files.createSymbolicLink(dir.resolve("out/file-link"), victim.resolve("target"));
    tar("over.tar", new TarArchiveEntry("file-link"));
    ok("return archive.extract('over.tar', 'out')"); // the link is replaced, not written through
    assertFalse(Files.exists(victim.resolve("target")));
    assertFalse(Files.isSymbolicLink(dir.resolve("out/file-link")));
    assertEquals("payload", Files.readString(dir.resolve("out/file-link")));
    assertTrue(Files.exists(dir.resolve("out/planted-dir"), LinkOption.NOFOLLOW_LINKS));
  }

}

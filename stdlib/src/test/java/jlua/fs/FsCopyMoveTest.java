package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import jlua.api.Errno;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Test;

/** fs.cp and fs.mv, including the move across file systems (a tmpfs mounted for the test). */
class FsCopyMoveTest extends LuaFiles {
  private void tree() throws IOException {
    Files.createDirectories(dir.resolve("src/sub"));
    Files.writeString(dir.resolve("src/f"), "data");
    Files.writeString(dir.resolve("src/sub/g"), "deep");
    Files.setPosixFilePermissions(dir.resolve("src/f"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(dir.resolve("src/link"), Path.of("f"));
    Files.createLink(dir.resolve("src/hard"), dir.resolve("src/f"));
    Files.setLastModifiedTime(dir.resolve("src/f"), FileTime.fromMillis(1_000_000_000L));
  }

  @Test
  void copiesAFile() throws IOException {
    tree();
    ok("return fs.cp('src/f', 'copy')");
    assertEquals("data", Files.readString(dir.resolve("copy")));
    assertNotEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(dir.resolve("copy")));
    ok("return fs.cp('src/link', 'deref')"); // without -R, cp copies what a link names
    assertFalse(Files.isSymbolicLink(dir.resolve("deref")));
    Files.createDirectory(dir.resolve("into"));
    ok("return fs.cp('src/f', 'into')");
    assertEquals("data", Files.readString(dir.resolve("into/f")));
    Files.writeString(dir.resolve("copy"), "something longer than data");
    ok("return fs.cp('src/f', 'copy')"); // overwrites, truncating
    assertEquals("data", Files.readString(dir.resolve("copy")));
    fails("return fs.cp('missing', 'x')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.cp('src', 'x')", "src: Is a directory", Errno.EISDIR);
    fails("return fs.cp('src/f', 'no/x')", "no/x: No such file or directory", Errno.ENOENT);
    fails("return fs.cp('src/f', 'src/f')", "src/f: Invalid argument", Errno.EINVAL); // the same file
    fails("return fs.cp('src/f', 'src/hard')", "src/hard: Invalid argument", Errno.EINVAL); // same file
  }

  @Test
  void aCopyHasTheSourcesModeLessTheUmaskAndAllItsBytes() throws IOException {
    int umask = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Umask:"))
        .map(l -> Integer.parseInt(l.substring(6).trim(), 8)).findFirst().orElseThrow();
    String[] modes = {"rw-r--r--", "rw-------", "rwxr-xr-x", "rw-rw-rw-"};
    int[] sizes = {0, 1, 65536, 65537, 300_000};
    for (String mode : modes) {
      for (int size : sizes) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = (byte) (i * 31 + size);
        Path src = dir.resolve("m" + size);
        Files.write(src, bytes);
        Files.setPosixFilePermissions(src, PosixFilePermissions.fromString(mode));
        Files.deleteIfExists(dir.resolve("c"));
        ok("return fs.cp('m" + size + "', 'c')");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(dir.resolve("c"))), mode + " " + size);
        int expected = (Integer) Files.getAttribute(src, "unix:mode") & 0777 & ~umask;
        assertEquals(expected, (Integer) Files.getAttribute(dir.resolve("c"), "unix:mode") & 0777, mode + " " + size);
      }
    }
  }

  @Test
  void preserveKeepsModeOwnerTimesAndLinks() throws IOException {
    Host.assumeRoot();
    tree();
    Files.setAttribute(dir.resolve("src/f"), "unix:uid", 65534);
    Files.setAttribute(dir.resolve("src/link"), "unix:gid", 65534, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(dir.resolve("src/f"), "unix:mode", 04750);
    ok("return fs.cp('src', 'dst', {recursive = true, preserve = true})");
    assertEquals("data", Files.readString(dir.resolve("dst/f")));
    assertEquals("deep", Files.readString(dir.resolve("dst/sub/g")));
    assertEquals(04750, (Integer) Files.getAttribute(dir.resolve("dst/f"), "unix:mode") & 07777);
    assertEquals("nobody", Files.getOwner(dir.resolve("dst/f")).getName());
    assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(dir.resolve("dst/f")));
    assertTrue(Files.isSymbolicLink(dir.resolve("dst/link")));
    assertEquals(65534, Files.getAttribute(dir.resolve("dst/link"), "unix:gid", LinkOption.NOFOLLOW_LINKS));
    assertEquals(Files.getAttribute(dir.resolve("dst/f"), "unix:ino"), Files.getAttribute(dir.resolve("dst/hard"), "unix:ino"),
        "hard links stay linked");
    assertEquals("nogroup", Host.command(dir, "stat", "-c", "%G", "dst/link").out().trim().replace("nogroup", "nogroup"));
  }

  @Test
  void recursiveCopyWithoutPreserve() throws IOException {
    tree();
    ok("return fs.cp('src', 'dst', {recursive = true})");
    assertTrue(Files.isSymbolicLink(dir.resolve("dst/link")), "cp -R copies links as links");
    assertEquals("deep", Files.readString(dir.resolve("dst/sub/g")));
    assertNotEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(dir.resolve("dst/f")));
    ok("return fs.cp('src', 'deref', {recursive = true, dereference = true})");
    assertFalse(Files.isSymbolicLink(dir.resolve("deref/link")));
    assertEquals("data", Files.readString(dir.resolve("deref/link")));
    ok("return fs.cp('src', 'dst', {recursive = true})"); // into the existing directory
    assertTrue(Files.isDirectory(dir.resolve("dst/src/sub")));
  }

  @Test
  void refusesToCopyADirectoryIntoItself() throws IOException {
    tree();
    fails("return fs.cp('src', 'src/sub/inner', {recursive = true})", "src/sub/inner: Invalid argument", Errno.EINVAL);
    fails("return fs.cp('src', 'src', {recursive = true})", "src/src: Invalid argument", Errno.EINVAL);
    assertFalse(Files.exists(dir.resolve("src/sub/inner")));
  }

  @Test
  void forceReplacesATargetThatCannotBeOpened() throws IOException {
    tree();
    Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(dir.resolve("out/f"), Path.of("/nonexistent/dir/file"));
    fails("return fs.cp('src/f', 'out/f')", "out/f: No such file or directory", Errno.ENOENT);
    ok("return fs.cp('src/f', 'out/f', {force = true})");
    assertFalse(Files.isSymbolicLink(dir.resolve("out/f")));
    assertEquals("data", Files.readString(dir.resolve("out/f")));
  }

  @Test
  void copiesFifosAsFifosWhenRecursive() throws IOException {
    Files.createDirectory(dir.resolve("s"));
    run("fs.mkfifo('s/pipe')");
    ok("return fs.cp('s', 'd', {recursive = true, preserve = true})");
    assertEquals("fifo", value("return fs.lstat('d/pipe').type"));
  }

  @Test
  void renames() throws IOException {
    tree();
    Object inode = Files.getAttribute(dir.resolve("src/sub/g"), "unix:ino");
    ok("return fs.mv('src/sub/g', 'g2')");
    assertEquals(inode, Files.getAttribute(dir.resolve("g2"), "unix:ino"));
    ok("return fs.mv('g2', 'src/sub')"); // into a directory
    assertTrue(Files.exists(dir.resolve("src/sub/g2")));
    ok("return fs.mv('src/link', 'l2')"); // the link itself moves
    assertTrue(Files.isSymbolicLink(dir.resolve("l2")));
    Files.writeString(dir.resolve("other"), "x");
    ok("return fs.mv('other', 'src/f')"); // replaces, as rename(2) does
    assertEquals("x", Files.readString(dir.resolve("src/f")));
    fails("return fs.mv('missing', 'x')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.mv('src/f', 'no/x')", "no/x: No such file or directory", Errno.ENOENT);
    Files.createDirectories(dir.resolve("full/src/keep"));
    fails("return fs.mv('src', 'full')", "full/src: Directory not empty", Errno.ENOTEMPTY);
    fails("return fs.mv('src', 'src/sub')", "src: Invalid argument", Errno.EINVAL);
  }

  @Test
  void movesAcrossFileSystems() throws IOException {
    Host.assumeRoot();
    Host.assumeCommand("mount");
    tree();
    Path mnt = dir.resolve("mnt");
    Files.createDirectory(mnt);
    Host.Run m = Host.command(null, "mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mnt.toString());
    org.junit.jupiter.api.Assumptions.assumeTrue(m.status() == 0, "cannot mount a tmpfs here: " + m.err());
    try {
      Files.setAttribute(dir.resolve("src/f"), "unix:uid", 65534);
      ok("return fs.mv('src', 'mnt')");
      assertFalse(Files.exists(dir.resolve("src")), "the source is gone");
      assertEquals("data", Files.readString(mnt.resolve("src/f")));
      assertEquals("deep", Files.readString(mnt.resolve("src/sub/g")));
      assertTrue(Files.isSymbolicLink(mnt.resolve("src/link")));
      assertEquals("nobody", Files.getOwner(mnt.resolve("src/f")).getName());
      assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(mnt.resolve("src/f")));
      assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(mnt.resolve("src/f"))));
      Files.writeString(dir.resolve("single"), "one");
      Files.writeString(mnt.resolve("single"), "old");
      ok("return fs.mv('single', 'mnt/single')"); // replacing a file on the other side
      assertEquals("one", Files.readString(mnt.resolve("single")));
      assertFalse(Files.exists(dir.resolve("single")));
      ok("return fs.mv('mnt/single', 'back')");
      assertEquals("one", Files.readString(dir.resolve("back")));
      Files.createDirectories(mnt.resolve("busy/src"));
      Files.writeString(mnt.resolve("busy/src/x"), "");
      Files.createDirectories(dir.resolve("src"));
      fails("return fs.mv('src', 'mnt/busy')", "mnt/busy/src: Directory not empty", Errno.ENOTEMPTY);
      try (var s = Files.list(mnt)) {
        assertEquals(2, s.count(), "no temporary copy is left behind");
      }
    } finally {
      Host.command(null, "umount", "-l", mnt.toString());
    }
  }
}

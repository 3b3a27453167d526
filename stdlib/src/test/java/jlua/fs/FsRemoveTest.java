package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import jlua.api.Errno;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Test;

/** fs.rm: rm, rm -r, rm -f; links are removed, never followed. */
class FsRemoveTest extends LuaFiles {
  @Test
  void removesFiles() throws IOException {
    Files.writeString(dir.resolve("f"), "");
    ok("return fs.rm('f')");
    assertFalse(Files.exists(dir.resolve("f")));
    fails("return fs.rm('f')", "f: No such file or directory", Errno.ENOENT);
    ok("return fs.rm('f', {force = true})");
    Files.createDirectory(dir.resolve("d"));
    fails("return fs.rm('d')", "d: Is a directory", Errno.EISDIR);
  }

  @Test
  void removesTreesWithoutFollowingLinksOut() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("precious"), "keep me");
    Files.createDirectories(dir.resolve("tree/a/b"));
    Files.writeString(dir.resolve("tree/a/b/f"), "");
    Files.createSymbolicLink(dir.resolve("tree/a/out"), outside);
    Files.createSymbolicLink(dir.resolve("tree/a/file-out"), outside.resolve("precious"));
    Files.createSymbolicLink(dir.resolve("tree/dangling"), Path.of("/nonexistent"));
    ok("return fs.rm('tree', {recursive = true})");
    assertFalse(Files.exists(dir.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep me", Files.readString(outside.resolve("precious")));
  }

  @Test
  void removesEmptyAndNestedDirectoriesAlike() throws IOException {
    Files.createDirectories(dir.resolve("tree/empty"));
    Files.createDirectories(dir.resolve("tree/chain/of/empty/dirs"));
    Files.createDirectories(dir.resolve("tree/full/inner"));
    Files.writeString(dir.resolve("tree/full/inner/f"), "x");
    Files.writeString(dir.resolve("tree/full/g"), "y");
    ok("return fs.rm('tree', {recursive = true})");
    assertFalse(Files.exists(dir.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void removesALinkToADirectoryNotItsContents() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("precious"), "keep me");
    Files.createSymbolicLink(dir.resolve("link"), outside);
    ok("return fs.rm('link', {recursive = true})");
    assertFalse(Files.exists(dir.resolve("link"), LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(outside.resolve("precious")));
  }

  @Test
  void refusesTheRootAndDotDirectories() throws IOException {
    for (String root : new String[] {"/", "//", "/.", "/tmp/..", "/../"}) {
      Object[] r = run("return fs.rm('" + root + "', {recursive = true, force = true})");
      assertEquals(null, r[0], root);
      assertEquals((double) Errno.EPERM, r[2], root);
    }
    Files.createDirectory(dir.resolve("d"));
    fails("return fs.rm('d/.', {recursive = true})", "d/.: Invalid argument", Errno.EINVAL);
    fails("return fs.rm('..', {recursive = true})", "..: Invalid argument", Errno.EINVAL);
    assertTrue(Files.isDirectory(dir.resolve("d")));
  }

  @Test
  void forceIgnoresMissingFiles() {
    ok("return fs.rm('missing', {force = true, recursive = true})");
    ok("return fs.rm('', {force = true})");
  }
}

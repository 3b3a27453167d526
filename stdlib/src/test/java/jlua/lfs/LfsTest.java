package jlua.lfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Test;

/** lfs: LuaFileSystem 1.8.0's functions and exact return conventions (checked against the C lfs). */
class LfsTest extends LuaFiles {
  @Test
  void version() {
    assertEquals("LuaFileSystem 1.8.0", value("return lfs._VERSION"));
  }

  @Test
  void attributes() throws IOException {
    Files.writeString(dir.resolve("f"), "12345");
    Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
    LuaTable a = (LuaTable) value("return lfs.attributes('f')");
    assertEquals("file", a.rawget("mode"));
    assertEquals(5.0, a.rawget("size"));
    assertEquals(1.0, a.rawget("nlink"));
    Files.setPosixFilePermissions(dir.resolve("f"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-x---"));
    assertEquals("rw-r-x---", value("return lfs.attributes('f', 'permissions')"));
    assertEquals((double) (Long) Files.getAttribute(dir.resolve("f"), "unix:ino"), a.rawget("ino"));
    if (Host.hasCommand("stat")) {
      String[] blocks = Host.command(dir, "stat", "-c", "%b %o", "f").out().trim().split(" ");
      assertEquals(Double.parseDouble(blocks[0]), a.rawget("blocks"));
      assertEquals(Double.parseDouble(blocks[1]), a.rawget("blksize"));
    }
    for (String k : new String[] {"dev", "uid", "gid", "rdev", "access", "modification", "change"}) {
      assertTrue(a.rawget(k) instanceof Double, k);
    }
    assertEquals("directory", value("return lfs.attributes('.', 'mode')"));
    assertEquals("file", value("return lfs.attributes('l', 'mode')"));
    assertEquals("link", value("return lfs.symlinkattributes('l', 'mode')"));
    assertEquals("f", value("return lfs.symlinkattributes('l').target"));
    assertEquals("f", value("return lfs.symlinkattributes('l', 'target')"));
    assertEquals("char device", value("return lfs.attributes('/dev/null', 'mode')"));
    assertEquals(true, value("local t = {} return lfs.attributes('f', t) == t and t.size == 5"));
    fails("return lfs.attributes('missing')", "cannot obtain information from file 'missing': No such file or directory", Errno.ENOENT);
    fails("return lfs.symlinkattributes('missing')", "cannot obtain information from file 'missing': No such file or directory", Errno.ENOENT);
    assertTrue(error("lfs.attributes('f', 'bogus')").endsWith("invalid attribute name 'bogus'"));
    assertTrue(error("lfs.attributes()").endsWith("bad argument #1 to 'attributes' (string expected, got no value)"));
  }

  @Test
  void directories() throws IOException {
    ok("return lfs.mkdir('d')");
    assertTrue(Files.isDirectory(dir.resolve("d")));
    assertEquals(java.util.Arrays.asList((Object) null, "File exists", 17.0), java.util.Arrays.asList(run("return lfs.mkdir('d')")));
    assertEquals(java.util.Arrays.asList((Object) null, "No such file or directory", 2.0), java.util.Arrays.asList(run("return lfs.mkdir('x/y')")));
    Files.writeString(dir.resolve("d/f"), "");
    assertEquals(java.util.Arrays.asList((Object) null, "Directory not empty", 39.0), java.util.Arrays.asList(run("return lfs.rmdir('d')")));
    assertEquals(List.of(".", "..", "f"), listing("d"));
    assertTrue(error("lfs.dir('missing')").endsWith("cannot open missing: No such file or directory"));
    Files.delete(dir.resolve("d/f"));
    ok("return lfs.rmdir('d')");
    assertEquals(java.util.Arrays.asList((Object) null, "No such file or directory", 2.0), java.util.Arrays.asList(run("return lfs.rmdir('d')")));
  }

  private List<Object> listing(String d) {
    LuaTable t = (LuaTable) value("local t = {} for name in lfs.dir('" + d + "') do t[#t + 1] = name end return t");
    List<Object> names = new java.util.ArrayList<>();
    for (int i = 1; i <= t.length(); i++) names.add(t.rawget(i));
    names.sort(null);
    return names;
  }

  @Test
  void dirObjects() throws IOException {
    Files.writeString(dir.resolve("x"), "");
    Object[] r = run("local iter, d = lfs.dir('.') local a, b, c, e = d:next(), d:next(), d:next(), d:next() "
        + "d:close() return type(iter), type(d), a ~= nil and b ~= nil and c ~= nil, e, pcall(d.next, d)");
    assertEquals(List.of("function", "userdata", true), java.util.Arrays.asList(r).subList(0, 3));
    assertEquals(null, r[3]);
    assertEquals(false, r[4]);
    assertTrue(r[5].toString().endsWith("(closed directory)"), r[5].toString());
  }

  @Test
  void chdirAndCurrentdir() throws IOException {
    Files.createDirectory(dir.resolve("sub"));
    ok("return lfs.chdir('sub')");
    assertEquals(dir.toRealPath().resolve("sub").toString(), value("return lfs.currentdir()"));
    assertEquals(java.util.Arrays.asList((Object) null, "Unable to change working directory to 'missing'\nNo such file or directory\n"),
        java.util.Arrays.asList(run("return lfs.chdir('missing')")));
  }

  @Test
  void linksAndTouch() throws IOException {
    Files.writeString(dir.resolve("f"), "");
    ok("return lfs.link('f', 'hard')");
    ok("return lfs.link('f', 'soft', true)");
    assertTrue(Files.isSymbolicLink(dir.resolve("soft")));
    assertEquals(java.util.Arrays.asList((Object) null, "File exists", 17.0), java.util.Arrays.asList(run("return lfs.link('f', 'soft', true)")));
    ok("return lfs.touch('f', 1000, 2000)");
    assertEquals(List.of(1000.0, 2000.0), List.of(run("return lfs.attributes('f', 'access'), lfs.attributes('f', 'modification')")));
    ok("return lfs.touch('f', 3000)");
    assertEquals(3000.0, value("return lfs.attributes('f', 'modification')"));
    ok("return lfs.touch('f')");
    assertEquals(java.util.Arrays.asList((Object) null, "No such file or directory", 2.0), java.util.Arrays.asList(run("return lfs.touch('missing')")));
  }

  @Test
  void lockDir() throws IOException {
    Object lock = value("return lfs.lock_dir('.')");
    assertTrue(lock instanceof Userdata);
    assertTrue(Files.isSymbolicLink(dir.resolve("lockfile.lfs")));
    assertEquals(java.util.Arrays.asList((Object) null, "File exists"), java.util.Arrays.asList(run("return lfs.lock_dir('.')")));
    lua.set("L", lock);
    run("L:free()");
    assertFalse(Files.exists(dir.resolve("lockfile.lfs"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals(java.util.Arrays.asList((Object) null, "No such file or directory"), java.util.Arrays.asList(run("return lfs.lock_dir('missing')")));
  }

  @Test
  void locksOnFilesFromIoOpen() throws IOException {
    Files.writeString(dir.resolve("locked"), "data");
    run("F = io.open('locked', 'r+')");
    ok("return lfs.lock(F, 'w')");
    ok("return lfs.lock(F, 'r')"); // a process's new lock replaces its own, as with fcntl
    ok("return lfs.unlock(F)");
    ok("return lfs.lock(F, 'w', 0, 2)");
    assertEquals(List.of(true, "binary"), List.of(run("return lfs.setmode(F, 'binary')")));
    assertTrue(error("lfs.lock(F, 'x')").endsWith("lock: invalid mode"));
    assertTrue(error("lfs.lock(42, 'r')").endsWith("bad argument #1 to 'lock' (FILE* expected, got number)"));
    run("W = io.open('readonly-lock', 'w') W:close() R = io.open('readonly-lock')");
    assertEquals(java.util.Arrays.asList(null, "Bad file descriptor"), java.util.Arrays.asList(run("return lfs.lock(R, 'w')")));
    ok("return lfs.lock(R, 'r')"); // a read lock on a file open for reading, as fcntl allows
    run("F:close()");
    assertTrue(error("lfs.lock(F, 'w')").endsWith("attempt to use a closed file"));
    assertTrue(error("lfs.setmode(F, 'binary')").endsWith("attempt to use a closed file"));
  }

  @Test
  void standardOutputHasNoDescriptorToLock() {
    assertEquals(List.of(true, "binary"), List.of(run("return lfs.setmode(io.stdout, 'binary')")));
    assertTrue(error("lfs.lock(io.stdout, 'w')")
        .endsWith("bad argument #1 to 'lock' (cannot lock a standard output stream or a pipe (no descriptor in jlua))"));
  }

  @Test
  void locksAreSeenByOtherProcesses() throws IOException {
    Host.assumeCommand("python3");
    Files.writeString(dir.resolve("locked"), "data");
    run("F = io.open('locked', 'r+')");
    ok("return lfs.lock(F, 'w', 0, 2)");
    Host.Run r = Host.command(dir, "python3", "-c",
        "import fcntl\nf=open('locked','r+')\ntry:\n fcntl.lockf(f, fcntl.LOCK_EX|fcntl.LOCK_NB, 2, 0)\n print('got')\n"
            + "except OSError as e:\n print('busy', e.errno)");
    assertEquals("busy 11", r.out().trim(), r.err());
    ok("return lfs.unlock(F)");
    r = Host.command(dir, "python3", "-c", "import fcntl\nf=open('locked','r+')\nfcntl.lockf(f, fcntl.LOCK_EX|fcntl.LOCK_NB, 2, 0)\nprint('got')");
    assertEquals("got", r.out().trim(), r.err());
    run("F:close()");
  }
}

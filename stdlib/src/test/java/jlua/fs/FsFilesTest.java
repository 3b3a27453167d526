package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.api.Cwd;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Test;

/** fs: single-file functions, each with its success and its failures. */
class FsFilesTest extends LuaFiles {
  @Test
  void statDescribesFiles() throws IOException {
    Files.writeString(dir.resolve("f"), "hello");
    Files.setPosixFilePermissions(dir.resolve("f"), PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
    LuaTable st = (LuaTable) value("return fs.stat('f')");
    assertEquals("file", st.rawget("type"));
    assertEquals("0640", st.rawget("mode"));
    assertEquals(5.0, st.rawget("size"));
    assertEquals((double) (Integer) Files.getAttribute(dir.resolve("f"), "unix:uid"), st.rawget("uid"));
    assertEquals(Files.getOwner(dir.resolve("f")).getName(), st.rawget("user"));
    assertEquals(Files.readAttributes(dir.resolve("f"), java.nio.file.attribute.PosixFileAttributes.class).group().getName(),
        st.rawget("group"));
    assertEquals((double) (Long) Files.getAttribute(dir.resolve("f"), "unix:ino"), st.rawget("ino"));
    assertEquals(1.0, st.rawget("nlink"));
    assertEquals((double) (Files.getLastModifiedTime(dir.resolve("f")).toMillis() / 1000), st.rawget("mtime"));
    assertEquals("file", value("return fs.stat('l').type"));
    assertEquals(null, value("return fs.stat('l').target"));
    assertEquals("link", value("return fs.lstat('l').type"));
    assertEquals("f", value("return fs.lstat('l').target"));
    assertEquals("directory", value("return fs.stat('/').type"));
    assertEquals("char", value("return fs.stat('/dev/null').type"));
    fails("return fs.stat('missing')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.lstat('f/x')", "f/x: Not a directory", Errno.ENOTDIR);
    fails("return fs.stat('')", ": No such file or directory", Errno.ENOENT);
  }

  @Test
  void predicates() throws IOException {
    Files.writeString(dir.resolve("f"), "");
    Files.createDirectory(dir.resolve("d"));
    Files.createSymbolicLink(dir.resolve("l"), Path.of("d"));
    Files.createSymbolicLink(dir.resolve("dangling"), Path.of("nowhere"));
    Object[] r = run("return fs.exists('f'), fs.exists('missing'), fs.exists('dangling'), fs.isdir('d'), fs.isdir('l'),"
        + " fs.isdir('f'), fs.isfile('f'), fs.isfile('d'), fs.islink('l'), fs.islink('d'), fs.islink('dangling'), fs.islink('missing')");
    assertEquals(java.util.List.of(true, false, false, true, true, false, true, false, true, false, true, false), java.util.List.of(r));
  }

  @Test
  void lsAndDirListNames() throws IOException {
    for (String n : new String[] {"b", "a", ".hidden", "C"}) Files.writeString(dir.resolve(n), "");
    assertEquals(java.util.List.of(4.0, ".hidden", "C", "a", "b"),
        java.util.List.of(run("local t = fs.ls('.') return #t, t[1], t[2], t[3], t[4]")));
    assertEquals(4.0, value("local n = 0 for name in fs.dir('.') do n = n + 1 end return n"));
    fails("return fs.ls('missing')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.dir('b')", "b: Not a directory", Errno.ENOTDIR);
  }

  @Test
  void mkdirAndRmdir() throws IOException {
    ok("return fs.mkdir('d')");
    assertTrue(Files.isDirectory(dir.resolve("d")));
    fails("return fs.mkdir('d')", "d: File exists", Errno.EEXIST);
    fails("return fs.mkdir('x/y')", "x/y: No such file or directory", Errno.ENOENT);
    ok("return fs.mkdir('x/y/z', {parents = true, mode = '0750'})");
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("x/y/z"))));
    ok("return fs.mkdir('x/y/z', {parents = true})"); // mkdir -p: an existing directory is fine
    ok("return fs.mkdir('m', {mode = tonumber('700', 8)})");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("m"))));
    Files.writeString(dir.resolve("file"), "");
    fails("return fs.mkdir('file/sub', {parents = true})", "file/sub: Not a directory", Errno.ENOTDIR);
    fails("return fs.mkdir('file/a/b', {parents = true})", "file/a/b: Not a directory", Errno.ENOTDIR);
    fails("return fs.mkdir('file', {parents = true})", "file: File exists", Errno.EEXIST); // as mkdir -p says
    Files.createSymbolicLink(dir.resolve("to-x"), Path.of("x"));
    ok("return fs.mkdir('to-x/y/new', {parents = true})"); // through a link to a directory, as mkdir -p goes
    assertTrue(Files.isDirectory(dir.resolve("x/y/new")));
    fails("return fs.rmdir('x')", "x: Directory not empty", Errno.ENOTEMPTY);
    fails("return fs.rmdir('file')", "file: Not a directory", Errno.ENOTDIR);
    fails("return fs.rmdir('missing')", "missing: No such file or directory", Errno.ENOENT);
    ok("return fs.rmdir('d')");
    assertFalse(Files.exists(dir.resolve("d")));
  }

  @Test
  void ln() throws IOException {
    Files.writeString(dir.resolve("f"), "data");
    ok("return fs.ln('f', 'hard')");
    assertEquals(2, (Integer) Files.getAttribute(dir.resolve("f"), "unix:nlink"));
    ok("return fs.ln('f', 'soft', {symbolic = true})");
    assertEquals(Path.of("f"), Files.readSymbolicLink(dir.resolve("soft")));
    fails("return fs.ln('f', 'soft', {symbolic = true})", "soft: File exists", Errno.EEXIST);
    ok("return fs.ln('hard', 'soft', {symbolic = true, force = true})");
    assertEquals(Path.of("hard"), Files.readSymbolicLink(dir.resolve("soft")));
    fails("return fs.ln('missing', 'x')", "missing: No such file or directory", Errno.ENOENT);
    ok("return fs.ln('f', 'hard', {force = true})");
    Files.createDirectory(dir.resolve("d"));
    ok("return fs.ln('/etc/hostname', 'd', {symbolic = true})"); // into a directory, as ln does
    assertEquals(Path.of("/etc/hostname"), Files.readSymbolicLink(dir.resolve("d/hostname")));
  }

  @Test
  void readlinkAndRealpath() throws IOException {
    Files.createDirectory(dir.resolve("d"));
    Files.createSymbolicLink(dir.resolve("l"), Path.of("d/../d"));
    assertEquals("d/../d", value("return fs.readlink('l')"));
    fails("return fs.readlink('d')", "d: Invalid argument", Errno.EINVAL);
    fails("return fs.readlink('missing')", "missing: No such file or directory", Errno.ENOENT);
    assertEquals(dir.toRealPath().resolve("d").toString(), value("return fs.realpath('l')"));
    fails("return fs.realpath('missing/x')", "missing/x: No such file or directory", Errno.ENOENT);
  }

  @Test
  void readAndWrite() throws IOException {
    ok("return fs.write('f', 'one\\0two\\255')");
    assertEquals("one\0two\u00ff", value("return fs.read('f')"));
    ok("return fs.write('f', '+', {append = true})");
    assertEquals("one\0two\u00ff+", value("return fs.read('f')"));
    ok("return fs.write('f', 'new')");
    assertEquals("new", Files.readString(dir.resolve("f")));
    ok("return fs.write('m', 'x', {mode = '0600'})");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("m"))));
    fails("return fs.read('missing')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.read('.')", ".: Is a directory", Errno.EISDIR);
    fails("return fs.write('no/f', 'x')", "no/f: No such file or directory", Errno.ENOENT);
    fails("return fs.write('.', 'x')", ".: Is a directory", Errno.EISDIR);
    fails("return fs.write('.', 'x', {append = true})", ".: Is a directory", Errno.EISDIR);
    ok("return fs.write('m', 'y', {mode = '0644'})"); // a mode is for a new file: m stays 0600
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("m"))));
  }

  @Test
  void atomicWriteReplacesWholeAndKeepsModeAndLinks() throws IOException {
    Files.writeString(dir.resolve("conf"), "old");
    Files.setPosixFilePermissions(dir.resolve("conf"), PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(dir.resolve("link"), Path.of("conf"));
    Object inode = Files.getAttribute(dir.resolve("conf"), "unix:ino");
    ok("return fs.write('link', 'new', {atomic = true})");
    assertEquals("new", Files.readString(dir.resolve("conf")));
    assertTrue(Files.isSymbolicLink(dir.resolve("link")), "the link stays a link");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("conf"))));
    assertFalse(inode.equals(Files.getAttribute(dir.resolve("conf"), "unix:ino")), "a new file was renamed in");
    ok("return fs.write('fresh', 'x', {atomic = true, mode = 'u=rw'})");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh"))).substring(0, 3) + "------");
    try (var s = Files.list(dir)) {
      assertEquals(3, s.count(), "no temporary file is left");
    }
    fails("return fs.write('no/f', 'x', {atomic = true})", "no/f: No such file or directory", Errno.ENOENT);
    assertTrue(error("fs.write('f', 'x', {atomic = true, append = true})")
        .endsWith("bad argument #3 to 'write' (option 'append': cannot be combined with atomic)"));
  }

  @Test
  void touch() throws IOException {
    ok("return fs.touch('new')");
    assertTrue(Files.exists(dir.resolve("new")));
    ok("return fs.touch('new', 1000000)");
    assertEquals(1000000000L, Files.getLastModifiedTime(dir.resolve("new")).toMillis());
    assertEquals(1000000.0, value("return fs.stat('new').mtime"));
    assertEquals(1000000.0, value("return fs.stat('new').atime"));
    ok("return fs.touch('new')");
    assertTrue(Files.getLastModifiedTime(dir.resolve("new")).toMillis() > 1000000000L);
    fails("return fs.touch('no/x')", "no/x: No such file or directory", Errno.ENOENT);
  }

  @Test
  void mktemp() throws IOException {
    String file = (String) value("return fs.mktemp({dir = '.', prefix = 'job.'})");
    assertTrue(file.startsWith("./job."), file);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))));
    String d = (String) value("return fs.mktemp({dir = T, directory = true})");
    assertTrue(Files.isDirectory(Path.of(d)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(d))));
    String def = (String) value("return fs.mktemp()");
    assertTrue(Files.exists(Path.of(def)));
    Files.delete(Path.of(def));
    fails("return fs.mktemp({dir = 'missing'})", "missing: No such file or directory", Errno.ENOENT);
  }

  @Test
  void cwdAndChdirChangeWhereRelativePathsResolve() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/f"), "in b");
    assertEquals(dir.toString(), value("return fs.cwd()"));
    ok("return fs.chdir('a/b')");
    assertEquals(dir.toRealPath().resolve("a/b").toString(), value("return fs.cwd()"));
    assertEquals("in b", value("return fs.read('f')"));
    assertEquals(dir.toRealPath().resolve("a/b"), Cwd.get());
    ok("return fs.chdir('..')");
    assertEquals(true, value("return fs.isdir('b')"));
    fails("return fs.chdir('missing')", "missing: No such file or directory", Errno.ENOENT);
    fails("return fs.chdir('b/f')", "b/f: Not a directory", Errno.ENOTDIR);
    assertEquals(true, value("return lfs.currentdir() == fs.cwd()"));
  }

  @Test
  void umask() {
    double old = (double) value("return fs.umask()");
    try {
      assertEquals(old, value("return fs.umask('027')"));
      assertEquals((double) 027, value("return fs.umask()"));
      ok("return fs.mkdir('d')");
      assertEquals("0750", value("return fs.stat('d').mode"));
      assertEquals((double) 027, value("return fs.umask('----w--w-')"));
      assertEquals((double) 022, value("return fs.umask(" + (int) old + ")"));
      assertTrue(error("fs.umask('u+x')").contains("bad argument #1 to 'umask' (invalid mode 'u+x')"));
    } finally {
      run("fs.umask(" + (int) old + ")");
    }
  }

  @Test
  void df() throws IOException {
    LuaTable t = (LuaTable) value("return fs.df('.')");
    var store = Files.getFileStore(dir);
    assertEquals((double) store.getTotalSpace(), t.rawget("size"));
    assertTrue((double) t.rawget("avail") <= (double) t.rawget("free"));
    assertTrue((double) t.rawget("files") >= (double) t.rawget("ffree"));
    fails("return fs.df('missing')", "missing: No such file or directory", Errno.ENOENT);
  }

  @Test
  void mkfifo() throws IOException {
    ok("return fs.mkfifo('p')");
    assertEquals("fifo", value("return fs.stat('p').type"));
    ok("return fs.mkfifo('q', '0600')");
    assertEquals("0600", value("return fs.stat('q').mode"));
    fails("return fs.mkfifo('p')", "p: File exists", Errno.EEXIST);
    fails("return fs.mkfifo('no/p')", "no/p: No such file or directory", Errno.ENOENT);
    ok("return fs.touch('p', 5000)"); // times of a FIFO are set without opening it
    assertEquals(5000.0, value("return fs.stat('p').mtime"));
    assertFalse(Files.isRegularFile(dir.resolve("p"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void pathNameHelpersFollowPosix() {
    Object[] r = run("return fs.basename('/a/b/'), fs.basename('/'), fs.basename('a'), fs.basename(''), fs.basename('//')");
    assertEquals(java.util.List.of("b", "/", "a", ".", "/"), java.util.List.of(r));
    r = run("return fs.dirname('/a/b/'), fs.dirname('/a'), fs.dirname('a'), fs.dirname('a/b'), fs.dirname('/'), fs.dirname('//x'), fs.dirname('')");
    assertEquals(java.util.List.of("/a", "/", ".", "a", "/", "/", "."), java.util.List.of(r));
    r = run("return fs.join('a', 'b'), fs.join('a/', 'b'), fs.join('a', '/b'), fs.join('a', '', 'c'), fs.join('/')");
    assertEquals(java.util.List.of("a/b", "a/b", "/b", "a/c", "/"), java.util.List.of(r));
  }
}

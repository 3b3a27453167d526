package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import jlua.api.Errno;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fs.chmod and fs.chown, verified with the operating system (stat(1) and the JDK). */
class FsOwnershipTest extends LuaFiles {
  private Path outside;

  @BeforeEach
  void tree() throws IOException {
    outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("o"), "");
    Files.createDirectories(dir.resolve("t/sub"));
    Files.writeString(dir.resolve("t/f"), "");
    Files.writeString(dir.resolve("t/sub/g"), "");
    Files.createSymbolicLink(dir.resolve("t/out"), outside);
    Files.createSymbolicLink(dir.resolve("t/o"), outside.resolve("o"));
  }

  private String stat(String format, String file) {
    return Host.command(dir, "stat", "-c", format, file).out().trim();
  }

  private String perms(String file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void chmod() throws IOException {
    ok("return fs.chmod('t/f', '0600')");
    assertEquals("rw-------", perms("t/f"));
    ok("return fs.chmod('t/f', 'u+x,g+r')");
    assertEquals("rwxr-----", perms("t/f"));
    ok("return fs.chmod('t/f', tonumber('4755', 8))");
    assertEquals("4755", stat("%a", "t/f"));
    ok("return fs.chmod('t/o', '0600')"); // follows a link given directly, as chmod(2)
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outside.resolve("o"))));
    fails("return fs.chmod('missing', '0600')", "missing: No such file or directory", Errno.ENOENT);
  }

  @Test
  void recursiveChmodStaysInTheTree() throws IOException {
    String before = perms("outside");
    ok("return fs.chmod('t', 'go-rwx,u+rwX', {recursive = true})");
    assertEquals("rwx------", perms("t"));
    assertEquals("rwx------", perms("t/sub"));
    assertEquals("rw-------", perms("t/sub/g"));
    assertEquals(before, perms("outside"));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(outside.resolve("o"))));
  }

  @Test
  void chown() {
    Host.assumeRoot();
    ok("return fs.chown('t/f', 'nobody')");
    assertEquals("nobody root", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', nil, 'nogroup')");
    assertEquals("nobody nogroup", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', 0, 0)");
    assertEquals("root root", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', 'nobody:nogroup')");
    assertEquals("nobody nogroup", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', 'root:')"); // the user's login group
    assertEquals("root root", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', ':nogroup')");
    assertEquals("root nogroup", stat("%U %G", "t/f"));
    ok("return fs.chown('t/f', '65534')");
    assertEquals("nobody", stat("%U", "t/f"));
    ok("return fs.chown('t/o', 'nobody')"); // follows a link by default
    assertEquals("nobody", stat("%U", "outside/o"));
    assertEquals("root", stat("%U", "t/o"));
    ok("return fs.chown('t/out', 'nobody', nil, {nofollow = true})");
    assertEquals("nobody", stat("%U", "t/out"));
    assertEquals("root", stat("%U", "outside"));
    fails("return fs.chown('t/f', 'no-such-user-x')", "no-such-user-x: no such user", Errno.EINVAL);
    fails("return fs.chown('t/f', 'root:no-such-group-x')", "no-such-group-x: no such group", Errno.EINVAL);
    fails("return fs.chown('missing', 'root')", "missing: No such file or directory", Errno.ENOENT);
  }

  @Test
  void recursiveChownChangesLinksNotWhatTheyPointTo() {
    Host.assumeRoot();
    ok("return fs.chown('t', 'nobody:nogroup', {recursive = true})");
    for (String f : new String[] {"t", "t/f", "t/sub", "t/sub/g", "t/out", "t/o"}) {
      assertEquals("nobody nogroup", stat("%U %G", f), f);
    }
    assertEquals("root root", stat("%U %G", "outside"));
    assertEquals("root root", stat("%U %G", "outside/o"));
  }

  @Test
  void chownOfNonRootIsRefused() {
    Host.assumeRoot();
    Host.Run r = Host.asNobody(dir, "local fs = require 'fs' print(fs.chown('/etc/hostname', 'nobody'))");
    assertEquals("nil\t/etc/hostname: Operation not permitted\t1\n", r.out(), r.err());
    assertTrue(stat("%U", "/etc/hostname").equals("root"));
  }
}

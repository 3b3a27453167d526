package jlua.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * examples/boot-prep.lua on a scratch root: directories with modes (and owners as root), log rotation
 * into numbered gzip files, the pidfile's daemon told to reopen its logs, a stale pidfile removed, and
 * every step logged to ROOT/dev/log. Also as the unprivileged user nobody, where owners stay as they are.
 */
class BootPrepExampleTest extends LuaFiles {
  private static final int ROTATE_AT = 64 * 1024;

  private Path root;
  private Path script;
  private String bigLog;

  @BeforeEach
  void scratchRoot() throws IOException {
    root = Files.createDirectories(dir.resolve("root"));
    Files.createDirectories(root.resolve("var/log/webapp"));
    Files.createDirectories(root.resolve("run/webapp"));
    Files.createDirectories(root.resolve("dev"));
    bigLog = "GET /index.html 200\n".repeat(ROTATE_AT / 10);
    Files.writeString(root.resolve("var/log/webapp/access.log"), bigLog);
    Files.writeString(root.resolve("var/log/webapp/error.log"), "small\n");
    script = repository().resolve("examples/boot-prep.lua");
  }

  @Test
  void preparesDirectoriesRotatesLogsAndSignalsTheDaemon() throws Exception {
    Process daemon = new ProcessBuilder("sleep", "60").start(); // SIGHUP ends it: we see it was sent
    Files.writeString(root.resolve("run/webapp/webapp.pid"), daemon.pid() + "\n");
    run("net = require 'net' log = assert(net.dgram('root/dev/log'))");

    Host.Run r = Host.command(dir, jlua(script.toString(), root.toString()));
    assertEquals(0, r.status(), r.out() + r.err());

    assertMode("rwxr-x---", "var/log/webapp");
    assertMode("rwx------", "var/lib/webapp");
    assertMode("rwxr-xr-x", "run/webapp");
    if (Host.isRoot()) {
      assertEquals("nobody", Files.getOwner(root.resolve("var/lib/webapp")).getName());
      assertTrue(r.out().contains("dir var/lib/webapp 0700 nobody:nogroup"), r.out());
    }
    assertEquals(bigLog, gunzip(root.resolve("var/log/webapp/access.log.1.gz")));
    assertEquals("", Files.readString(root.resolve("var/log/webapp/access.log")));
    assertEquals("small\n", Files.readString(root.resolve("var/log/webapp/error.log"))); // under the size
    assertFalse(Files.exists(root.resolve("var/log/webapp/error.log.1.gz")));
    assertTrue(daemon.waitFor(10, TimeUnit.SECONDS), "the daemon got SIGHUP");
    assertEquals(128 + 1, daemon.exitValue());
    assertTrue(r.out().contains("sent HUP to webapp (pid " + daemon.pid() + ")"), r.out());

    List<String> logged = syslogLines(r.out().split("\n").length);
    assertTrue(logged.get(0).matches("<30>\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d boot-prep\\[\\d+\\]: webapp: dir .*"), logged.get(0));
    assertTrue(logged.get(logged.size() - 1).endsWith("boot-prep[" + logged.get(0).replaceAll(".*\\[(\\d+)\\].*", "$1")
        + "]: webapp: ready"), logged.toString());
  }

  @Test
  void aSecondRotationShiftsTheOldOneAndAStalePidfileGoes() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(root.resolve("run/webapp/webapp.pid"), gone.pid() + "\n");
    assertEquals(0, Host.command(dir, jlua(script.toString(), root.toString())).status());
    Files.writeString(root.resolve("var/log/webapp/access.log"), "second " + bigLog);

    Host.Run r = Host.command(dir, jlua(script.toString(), root.toString()));
    assertEquals(0, r.status(), r.out() + r.err());
    assertEquals(bigLog, gunzip(root.resolve("var/log/webapp/access.log.2.gz")));
    assertEquals("second " + bigLog, gunzip(root.resolve("var/log/webapp/access.log.1.gz")));
    assertFalse(Files.exists(root.resolve("run/webapp/webapp.pid")));
    assertTrue(r.out().contains("webapp is not running"), r.out()); // the first run removed the stale pidfile
  }

  @Test
  void asAnOrdinaryUserOwnersStayAndTheRestIsDone() throws Exception {
    Host.assumeRoot(); // to become nobody
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path copy = Files.copy(script, dir.resolve("boot-prep.lua"));
    Host.command(null, "chown", "-R", "nobody:nogroup", root.toString());
    copy.toFile().setReadable(true, false);

    Host.Run r = Host.asNobody(dir, "arg = {[0] = 'boot-prep.lua', '" + root + "'} dofile('boot-prep.lua')");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("dir var/lib/webapp 0700 (owner unchanged: not root)"), r.out());
    assertMode("rwx------", "var/lib/webapp");
    assertEquals(bigLog, gunzip(root.resolve("var/log/webapp/access.log.1.gz")));
  }

  @Test
  void aFailureIsReportedOnStandardErrorAndInTheExitStatus() throws Exception {
    Files.writeString(root.resolve("var/lib"), "a file where a directory should be");
    Host.Run r = Host.command(dir, jlua(script.toString(), root.toString()));
    assertEquals(1, r.status(), r.out());
    assertTrue(r.err().contains("var/lib/webapp: Not a directory"), r.err());
    assertTrue(r.err().contains("ready with"), r.err());
    assertEquals(bigLog, gunzip(root.resolve("var/log/webapp/access.log.1.gz"))); // the other steps still ran
  }

  private static String[] jlua(String... args) {
    return Host.jlua(System.getProperty("java.class.path"), args).toArray(new String[0]);
  }

  /** The first {@code n} datagrams that reached ROOT/dev/log (failing, not hanging, when fewer came). */
  private List<String> syslogLines(int n) {
    List<String> lines = new ArrayList<>();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int i = 0; i < n; i++) lines.add((String) value("return (log:recv())"));
    });
    run("log:close()");
    return lines;
  }

  private void assertMode(String mode, String path) throws IOException {
    assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(path))), path);
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static Path repository() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("examples/boot-prep.lua"))) p = p.getParent();
    assertTrue(p != null, "examples/ above the module");
    return p;
  }
}

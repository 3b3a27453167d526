package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.initd.supervise.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jinit command: plan in-process; boot in its own JVM with signals and ctl. */
class CommandLineTest {
  @TempDir Path tmp;

  private Path write(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text);
  }

  private Reply jinit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true), new PrintStream(err, true)).run(List.of(args));
    return new Reply(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void planOfBothFormsAsWritten() throws IOException {
    Path dir = tmp.resolve("d");
    write(dir, "syslog.lua", InterfaceForms.RC_MODULE);
    write(dir, "qotd.lua", InterfaceForms.DAEMON_TABLE);
    for (String n : List.of("iptables", "ntpd", "network")) {
      write(dir, n + ".lua", "module('" + n + "', package.seeall)\nfunction start() end");
    }
    assertEquals(new Reply(0, "level 1: iptables network ntpd\nlevel 2: qotd syslog\n", ""),
        jinit("plan", "-d", dir.toString()));
    assertEquals(new Reply(0, "level 1: iptables ntpd\nlevel 2: syslog\n", ""),
        jinit("plan", "-d", dir.toString(), "syslog"));
  }

  @Test
  void theExamplesPlanCleanly() {
    Path examples = Path.of(System.getProperty("user.dir"), "examples", "jinit.d");
    assertEquals(new Reply(0, "level 1: iptables network\nlevel 2: ntpd qotd\nlevel 3: syslog\nNot running backup\n", ""),
        jinit("plan", "-d", examples.toString()));
  }

  @Test
  void planReportsErrorsAndExitsOne() throws IOException {
    Path dir = tmp.resolve("d");
    write(dir, "a.lua", "a = { exec = '/bin/a', depends = { 'b' } }\nb = { exec = '/bin/b', depends = { 'c' } }\n"
        + "c = { exec = '/bin/c', depends = { 'a' } }");
    write(dir, "web.lua", "web = { exec = '/bin/web', depends = { 'db' } }");
    write(dir, "off.lua", "off = { exec = '/bin/off', status = 'stop' }\nuses = { exec = '/bin/u', depends = { 'off' } }");
    Path broken = write(dir, "broken.lua", "x = {\n  exec = '/bin/x',,\n}");
    write(dir, "ok.lua", "ok = { exec = '/bin/ok' }");
    Reply r = jinit("plan", "-d", dir.toString());
    assertEquals(1, r.code());
    assertEquals("""
        level 1: ok
        Not running off
        Not started a (cycle: a -> b -> c -> a)
        Not started b (cycle: a -> b -> c -> a)
        Not started c (cycle: a -> b -> c -> a)
        Not started uses (dependency off is not running)
        Not started web (unknown dependency 'db')
        """, r.out());
    List<String> err = r.err().lines().toList();
    assertTrue(err.get(0).startsWith("jinit: " + broken + ":2: "), err.get(0));
    assertEquals(List.of("jinit: web: unknown dependency 'db'", "jinit: cycle: a -> b -> c -> a"), err.subList(1, 3));
    Reply unknown = jinit("plan", "-d", dir.toString(), "nope");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("jinit: unknown service 'nope'\n"), unknown.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, jinit().code());
    assertEquals(2, jinit("frob").code());
    assertEquals(2, jinit("plan", "-x").code());
    assertEquals(2, jinit("plan", "-d").code());
    assertEquals(2, jinit("boot", "extra").code());
    assertEquals(2, jinit("ctl", "stop").code());
    assertTrue(jinit("plan", "-q").err().startsWith("jinit: unknown option -q\nusage: jinit plan"));
  }

  @Test
  void aMissingDirectoryIsAnError() {
    Reply r = jinit("plan", "-d", tmp.resolve("none").toString());
    assertEquals(new Reply(1, "", "jinit: " + tmp.resolve("none") + ": No such file or directory\n"), r);
  }

  /** Boot in its own JVM: results as they arrive, ctl, SIGHUP reloads, SIGTERM stops dependents first. */
  @Test
  void bootSignalsAndShutdownOrder() throws Exception {
    Path dir = tmp.resolve("d");
    write(dir, "db.lua", "module('db', package.seeall)\nfunction start() end\nfunction stop() end");
    write(dir, "web.lua", "module('web', package.seeall)\ndepends(_M, 'db')\nfunction start() end");
    write(dir, "api.lua", "module('api', package.seeall)\ndepends(_M, 'web', 'db')\nfunction start() end");
    write(dir, "off.lua", "off = { exec = '/bin/off', status = 'stop' }");
    write(dir, "qotd.lua", InterfaceForms.DAEMON_TABLE);
    Path socket = tmp.resolve("jinit.sock");
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    Process boot = new ProcessBuilder(Processes.jinit("boot", "-d", dir.toString(), "-s", socket.toString()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      await(() -> Files.readString(out).contains("api OK\n") && Files.readString(out).contains("qotd FAILED"), err);
      List<String> lines = Files.readAllLines(out);
      assertEquals("Not running off", lines.get(0));
      assertEquals(List.of("db OK", "web OK", "api OK"), lines.stream().filter(l -> l.endsWith(" OK")).toList());
      assertTrue(lines.contains("qotd FAILED (unknown dependency 'network')"), lines.toString());

      assertEquals(0, jinit("ctl", "-s", socket.toString(), "status", "api").code());
      write(dir, "cron.lua", "module('cron', package.seeall)\nfunction start() end");
      Processes.run(List.of("kill", "-HUP", Long.toString(boot.pid())), null);
      await(() -> jinit("ctl", "-s", socket.toString(), "status", "cron").code() == 0, err);

      boot.destroy(); // SIGTERM
      assertTrue(boot.waitFor(20, TimeUnit.SECONDS), "jinit exits after SIGTERM");
      assertEquals(0, boot.exitValue());
      String log = Files.readString(err);
      assertTrue(log.contains("jinit: reload: added cron"), log);
      int apiDown = log.indexOf("api: STOPPING -> DOWN");
      int webStop = log.indexOf("web: UP -> STOPPING");
      int webDown = log.indexOf("web: STOPPING -> DOWN");
      int dbStop = log.indexOf("db: UP -> STOPPING");
      assertTrue(apiDown > 0 && webStop > apiDown && dbStop > webDown, log);
      assertTrue(log.contains("jinit: all services stopped"), log);
      assertTrue(log.lines().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[\\d.]+Z jinit: .*")), log);
      assertTrue(!Files.exists(socket), "the socket is removed");
    } finally {
      boot.destroyForcibly();
    }
  }

  /**
   * SIGINT, and SIGINT or SIGTERM to a jinit started with them ignored (as in a background job of a
   * non-interactive shell, or under nohup: the JVM would leave them ignored), and ctl shutdown.
   */
  @Test
  void sigintSigtermAndCtlShutdownStopJinit() throws Exception {
    Path dir = tmp.resolve("d");
    write(dir, "a.lua", "module('a', package.seeall)\nfunction start() end");
    for (String how : List.of("INT", "ignored-INT", "ignored-TERM", "ctl")) {
      Path socket = tmp.resolve(how + ".sock");
      Path err = tmp.resolve(how + ".err");
      List<String> cmd = Processes.jinit("boot", "-d", dir.toString(), "-s", socket.toString());
      if (how.startsWith("ignored")) cmd.addAll(0, List.of("sh", "-c", "trap '' INT TERM HUP; exec \"$@\"", "sh"));
      Process boot = new ProcessBuilder(cmd)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      try {
        await(() -> Files.exists(socket) && jinit("ctl", "-s", socket.toString(), "status", "a").code() == 0, err);
        if (!how.equals("ctl")) {
          String signal = how.endsWith("TERM") ? "-TERM" : "-INT";
          Processes.run(List.of("kill", signal, Long.toString(boot.pid())), null);
        } else {
          assertEquals(new Reply(0, "jinit: all services stopped\n", ""), jinit("ctl", "-s", socket.toString(), "shutdown"));
        }
        assertTrue(boot.waitFor(20, TimeUnit.SECONDS), how);
        assertEquals(0, boot.exitValue(), how);
        assertTrue(Files.readString(err).contains("a: STOPPING -> DOWN"), how);
      } finally {
        boot.destroyForcibly();
      }
    }
  }

  /** As PID 1 of a new PID namespace: boots, serves ctl, and SIGTERM to PID 1 shuts it down. */
  @Test
  void bootAsPid1() throws Exception {
    assumeTrue(Processes.root() && Processes.onPath("unshare"), "needs root and unshare(1) for a PID namespace");
    Path dir = tmp.resolve("d");
    write(dir, "a.lua", "module('a', package.seeall)\nfunction start() end");
    Path socket = tmp.resolve("pid1.sock");
    Path err = tmp.resolve("pid1.err");
    List<String> cmd = list("unshare", "--pid", "--fork", "--mount-proc");
    cmd.addAll(Processes.jinit("boot", "-d", dir.toString(), "-s", socket.toString()));
    Process unshare = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    try {
      await(() -> Files.exists(socket) && jinit("ctl", "-s", socket.toString(), "status", "a").code() == 0, err);
      assertTrue(Files.readString(err).contains(", pid 1\n"), "jinit is PID 1 in its namespace");
      ProcessHandle init = unshare.toHandle().children().findFirst().orElseThrow();
      Processes.run(List.of("kill", "-TERM", Long.toString(init.pid())), null);
      assertTrue(unshare.waitFor(20, TimeUnit.SECONDS));
      assertEquals(0, unshare.exitValue());
      assertTrue(Files.readString(err).contains("a: STOPPING -> DOWN"));
    } finally {
      unshare.destroyForcibly();
    }
  }

  interface Check {
    boolean ok() throws Exception;
  }

  private static void await(Check c, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (c.ok()) return;
      Thread.sleep(50);
    }
    throw new AssertionError("timed out; log:\n" + (Files.exists(log) ? Files.readString(log) : ""));
  }

  static List<String> list(String... s) {
    return new ArrayList<>(List.of(s));
  }
}

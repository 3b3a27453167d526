package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.initd.supervise.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real jinit: services stop dependents first; a daemon that ignores SIGTERM is killed
 * (with its process group) after the documented 10 s; jinit exits 0 and none of the processes its
 * daemons started is left. Daemons run as the user running the test.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShutdownTest {
  @TempDir Path tmp;

  private String file(String name) {
    return tmp.resolve(name).toString();
  }

  /** A daemon table as the test's user; {@code script} is run by /bin/sh -c. */
  private static String daemon(String name, String depends, String script) {
    return name + " = { exec = '/bin/sh', arg = { '-c', [[" + script + "]] }, depends = { " + depends + " },"
        + " user = proc.getuid(), group = proc.getgid() }\n";
  }

  @Test
  void dependentsStopFirstAStubbornDaemonIsKilledAfterTheTimeoutAndNothingIsLeft() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("jinit.d"));
    // db stops politely on SIGTERM; the sleep it started is left behind for jinit to sweep away
    Files.writeString(dir.resolve("db.lua"), daemon("db", "", "echo $$ > " + file("db.pid")
        + "; trap 'date +%s.%N > " + file("db.term") + "; exit 0' TERM; sleep 600 & echo $! > " + file("db.child")
        + "; wait"));
    // web ignores SIGTERM, and so does the child it starts: only SIGKILL to the process group ends them
    Files.writeString(dir.resolve("web.lua"), daemon("web", "'db'", "echo $$ > " + file("web.pid")
        + "; trap '' TERM; sleep 600 & echo $! > " + file("web.child") + "; wait"));
    // app, an rc-module on top, stamps its stop()
    Files.writeString(dir.resolve("app.lua"), "module('app', package.seeall)\ndepends(_M, 'web')\n"
        + "function stop() proc.run({ '/bin/sh', '-c', 'date +%s.%N > " + file("app.stop") + "' }) end\n");
    List<Long> pids = new ArrayList<>();
    try (Booted jinit = Booted.boot(tmp, dir)) {
      jinit.awaitResult("app OK");
      for (String f : List.of("db.pid", "db.child", "web.pid", "web.child")) {
        jinit.await(10, f, () -> Files.exists(tmp.resolve(f)) && !Files.readString(tmp.resolve(f)).isBlank());
        pids.add(Long.parseLong(Files.readString(tmp.resolve(f)).trim()));
      }
      Processes.run(List.of("kill", "-TERM", Long.toString(jinit.process.pid())), null);
      assertEquals(0, jinit.awaitExit(60), jinit.log());

      double appStop = time("app.stop");
      Instant webTerm = jinit.logged("web: SIGTERM to pid");
      Instant webKill = jinit.logged("web: SIGKILL to process group");
      Instant webDown = jinit.logged("web: STOPPING -> DOWN");
      assertTrue(webTerm != null && webKill != null && webDown != null, jinit.log());
      assertTrue(appStop <= seconds(webTerm) + 0.05, "app's stop() ran before web got SIGTERM");
      long timeout = Duration.between(webTerm, webKill).toMillis();
      assertTrue(timeout >= Policy.STOP_TIMEOUT && timeout < Policy.STOP_TIMEOUT + 1000, "SIGKILL " + timeout + " ms after SIGTERM");
      assertTrue(time("db.term") >= seconds(webDown), "db got SIGTERM only after web was down");
      assertTrue(jinit.log().contains("db: SIGKILL to what pid " + pids.get(0) + " left in its process group"), jinit.log());
      assertTrue(jinit.log().contains("jinit: all services stopped"), jinit.log());
      for (long pid : pids) assertTrue(!Booted.running(pid), "pid " + pid + " is still running");
    } finally {
      for (long pid : pids) Processes.run(List.of("kill", "-9", Long.toString(pid)), null);
    }
  }

  private double time(String name) throws IOException {
    return Double.parseDouble(Files.readString(tmp.resolve(name)).trim());
  }

  private static double seconds(Instant i) {
    return i.getEpochSecond() + i.getNano() / 1e9;
  }
}

package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.initd.supervise.Policy;
import jlua.initd.supervise.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts of real daemons under a real jinit with the documented defaults (initd/README.md): delays of
 * 1, 2, 4 s after quick exits, and FAILED (crash loop) after 5 quick exits in a row until ctl start.
 * Daemons run as the user running the test.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RestartTest {
  @TempDir Path tmp;

  private Path services(String text) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("jinit.d"));
    Files.writeString(dir.resolve("d.lua"), text);
    return dir;
  }

  @Test
  void aDaemonKilledWithSigkillIsRestartedWithAGrowingDelay() throws Exception {
    Path dir = services("d = { exec = '/bin/sleep', arg = { '600' }, user = proc.getuid(), group = proc.getgid() }");
    try (Booted jinit = Booted.boot(tmp, dir)) {
      jinit.awaitResult("d OK");
      long pid = jinit.awaitNewPid("d", 0);
      double[] expected = {1.0, 2.0, 4.0};
      for (int i = 0; i < expected.length; i++) {
        long old = pid;
        long killed = System.nanoTime();
        assertEquals(0, Processes.run(List.of("kill", "-9", Long.toString(old)), null).code());
        pid = jinit.awaitNewPid("d", old);
        double took = (System.nanoTime() - killed) / 1e9;
        assertTrue(took >= expected[i] && took < expected[i] + 1.0, "restart " + (i + 1) + " after " + took + " s: killed "
            + old + ", now " + pid + "\n" + jinit.log());
        assertTrue(!Booted.running(old), "the killed daemon was reaped");
      }
      assertEquals(List.of("d: restart in 1.0 s", "d: restart in 2.0 s", "d: restart in 4.0 s"), jinit.messages("restart in"));
      assertEquals(3, jinit.messages("(pid ").stream().filter(m -> m.endsWith("signal KILL)")).count());
      String row = "d +UP +" + pid + " +\\S+ +3 +signal KILL +-";
      String status = jinit.ctl("status", "d").out();
      assertTrue(status.lines().anyMatch(l -> l.matches(row)), status);
    }
  }

  @Test
  void aDaemonThatExitsAtOnceFailsAfterTheDocumentedCountAndCtlStartRevivesIt() throws Exception {
    Path attempts = tmp.resolve("attempts");
    Path fixed = tmp.resolve("fixed");
    Path dir = services("d = { exec = '/bin/sh', arg = { '-c', 'echo $$ >> " + attempts + "; test -e " + fixed
        + " && exec sleep 600; exit 3' }, user = proc.getuid(), group = proc.getgid() }");
    try (Booted jinit = Booted.boot(tmp, dir)) {
      jinit.await(60, "d FAILED", () -> "FAILED".equals(jinit.state("d")));
      assertEquals(Policy.CRASH_LOOP_EXITS, Files.readAllLines(attempts).size(), "attempts before FAILED");
      assertEquals(List.of("d: restart in 1.0 s", "d: restart in 2.0 s", "d: restart in 4.0 s", "d: restart in 8.0 s"),
          jinit.messages("restart in"));
      String status = jinit.ctl("status", "d").out();
      assertTrue(status.contains("crash loop: 5 exits within 10.0 s of start, last exit 3"), status);
      Thread.sleep(1500);
      assertEquals(Policy.CRASH_LOOP_EXITS, Files.readAllLines(attempts).size(), "no restart once FAILED");

      Files.writeString(fixed, "");
      assertEquals(new Reply(0, "d OK\n", ""), jinit.ctl("start", "d"));
      jinit.await(10, "the sixth attempt", () -> Files.readAllLines(attempts).size() == Policy.CRASH_LOOP_EXITS + 1);
      long pid = jinit.pid("d");
      Thread.sleep(500);
      assertEquals("UP", jinit.state("d"));
      assertEquals(pid, jinit.pid("d"));
      assertTrue(Booted.running(pid));
    }
  }
}

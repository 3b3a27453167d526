package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jinit as PID 1 of a PID namespace reaps orphaned grandchildren: no zombies are left. */
class OrphanReapingTest {
  @TempDir
  Path dir;

  @Test
  void orphansAreReapedAsPid1() throws Exception {
    Assumptions.assumeTrue(Processes.root(), "needs root: skipped");
    Assumptions.assumeTrue(Processes.onPath("unshare"), "unshare is not installed: skipped");
    // the daemon leaves three grandchildren that outlive their parent shell: they become jinit's
    Files.writeString(dir.resolve("orphans.lua"), "orphans = { exec = '/bin/sh', arg = { '-c', "
        + "'(sleep 0.3 &); (sleep 0.4 &); (sleep 0.5 &); exec sleep 60' }, user = 'root', group = 'root' }");
    List<String> cmd = new ArrayList<>(List.of("unshare", "--pid", "--fork", "--mount-proc", "--kill-child"));
    cmd.addAll(Processes.jinit("boot", "-d", dir.toString(), "-s", dir.resolve("ctl.sock").toString()));
    Path log = dir.resolve("boot.log");
    Process unshare = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline && !reapedThree(log)) Thread.sleep(100);
      String text = Files.readString(log);
      assertTrue(reapedThree(log), text);
      assertTrue(text.contains("orphans OK"), text);
      long jinit = unshare.children().findFirst().orElseThrow().pid();
      assertEquals(List.of(), zombiesOf(jinit), "zombie children of jinit (host pid " + jinit + ")");
    } finally {
      // SIGTERM to jinit, PID 1 of the namespace: it stops its daemons and exits (unshare itself waits on)
      unshare.children().forEach(ProcessHandle::destroy);
      if (!unshare.waitFor(20, TimeUnit.SECONDS)) unshare.destroyForcibly();
    }
  }

  private static boolean reapedThree(Path log) throws Exception {
    return Files.readString(log).split("reaped orphan pid", -1).length - 1 >= 3;
  }

  private static List<String> zombiesOf(long parent) throws Exception {
    List<String> out = new ArrayList<>();
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (!p.getFileName().toString().matches("[0-9]+")) continue;
        try {
          String stat = Files.readString(p.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (f[0].equals("Z") && Long.parseLong(f[1]) == parent) out.add(stat);
        } catch (java.io.IOException e) {
          // gone
        }
      }
    }
    return out;
  }
}

package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.initd.config.Restart;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of commands and crashes against a real supervisor (three daemons in a chain, one of
 * which ignores SIGTERM, through the process-layer test double): there is never a second process of a
 * daemon while one lives, and a shutdown always ends with every service settled and no process left.
 */
class SupervisorProperties {
  static final Policy FAST = Policy.daemon(Restart.ALWAYS).withTimes(10, 40, 10_000, 5, 60);
  static final List<String> NAMES = List.of("a", "b", "c");

  @Property(tries = 25)
  void commandsAndCrashesNeverDoubleStartAndShutdownLeavesNothing(
      @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 99) Integer> moves) throws Exception {
    FakeProcesses p = new FakeProcesses();
    p.ignoreTerm.add("b");
    Path dir = Files.createTempDirectory("jinit-prop");
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "a = { exec = '/bin/a' }\nb = { exec = '/bin/b', depends = { 'a' } }\n"
          + "c = { exec = '/bin/c', depends = { 'b' } }");
      s.boot();
      for (int m : moves) {
        String name = NAMES.get(m % 3);
        switch (m / 3 % 5) {
          case 0 -> s.supervisor.start(name);
          case 1 -> s.supervisor.stop(name);
          case 2 -> s.supervisor.restart(name);
          case 3 -> {
            List<Long> live = new ArrayList<>(p.livePids());
            if (!live.isEmpty()) p.crash(live.get(m % live.size()), m % 2);
          }
          default -> Thread.sleep(m % 20);
        }
      }
      assertEquals(0, s.supervisor.shutdown().get(10, TimeUnit.SECONDS).code());
      assertTrue(s.supervisor.awaitTermination(1, TimeUnit.SECONDS));
      for (String name : NAMES) assertTrue(s.status(name).state().settled(), name + " " + s.status(name));
      Thread.sleep(80); // any wrongly armed restart timer would fire by now
      assertEquals(java.util.Set.of(), p.livePids(), "no process is left behind");
      assertEquals(0, p.doubleStarts.get(), "never two processes of one daemon");
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) Files.delete(f);
      }
    }
  }
}

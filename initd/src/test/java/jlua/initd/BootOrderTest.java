package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order and parallelism of a real boot, proven from time stamps that the services' own processes
 * write ({@code date +%s.%N}): a dependent starts after its dependencies are up, a service does not wait
 * for services it does not depend on, and two independent services that take 1 s each are both up
 * within about 1.2 s.
 */
class BootOrderTest {
  @TempDir Path tmp;

  /** An rc-module whose start() runs a real process that stamps its start, takes 1 s, and stamps its end. */
  private String slow(String name) {
    return "module('" + name + "', package.seeall)\n"
        + "function start() return (proc.run({ '/bin/sh', '-c', 'date +%s.%N > " + stamp(name + ".start")
        + "; sleep 1; date +%s.%N > " + stamp(name + ".up") + "' })) end\n";
  }

  /** A daemon (as the user running the test) that stamps its start and stays up. */
  private String daemon(String name, String... depends) {
    return name + " = { exec = '/bin/sh', arg = { '-c', 'date +%s.%N > " + stamp(name + ".start") + "; exec sleep 60' },"
        + " user = proc.getuid(), group = proc.getgid(), depends = { '" + String.join("', '", depends) + "' } }\n";
  }

  private String stamp(String name) {
    return tmp.resolve(name).toString();
  }

  /** A stamp, once its writer has finished it (the shell creates the file before date writes). */
  private double time(String name) throws IOException, InterruptedException {
    Path file = tmp.resolve(name);
    for (int i = 0; i < 500; i++) {
      String text = Files.exists(file) ? Files.readString(file) : "";
      if (text.endsWith("\n")) return Double.parseDouble(text.trim());
      Thread.sleep(10);
    }
    throw new AssertionError("no stamp " + name);
  }

  private static double seconds(Instant i) {
    return i.getEpochSecond() + i.getNano() / 1e9;
  }

  @Test
  void dependentsStartAfterTheirDependenciesAndIndependentServicesTogether() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("jinit.d"));
    Files.writeString(dir.resolve("slow1.lua"), slow("slow1"));
    Files.writeString(dir.resolve("slow2.lua"), slow("slow2"));
    Files.writeString(dir.resolve("quick.lua"), "module('quick', package.seeall)\nfunction start() return true end\n");
    Files.writeString(dir.resolve("daemons.lua"), daemon("db", "slow1") + daemon("web", "db", "slow2")
        + daemon("follower", "quick"));
    try (Booted jinit = Booted.boot(tmp, dir)) {
      jinit.awaitResult("web OK");

      double firstStart = Math.min(time("slow1.start"), time("slow2.start"));
      double bothUp = Math.max(time("slow1.up"), time("slow2.up"));
      assertTrue(time("slow1.start") < time("slow2.up") && time("slow2.start") < time("slow1.up"),
          "the two slow services ran at the same time");
      // here typically 1.00-1.04 s; the bound leaves room for a loaded machine, and one after the other would take 2 s
      assertTrue(bothUp - firstStart >= 1.0 && bothUp - firstStart < 1.3,
          "two independent 1 s services were both up " + (bothUp - firstStart) + " s after the first started");

      assertTrue(time("db.start") > time("slow1.up"), "db started after its dependency slow1 was up");
      double dbUp = seconds(jinit.logged("db: STARTING -> UP"));
      assertTrue(time("web.start") > time("slow2.up") && time("web.start") >= dbUp,
          "web started after both its dependencies (db, slow2) were up");
      assertTrue(time("follower.start") < firstStart + 0.9,
          "follower (needs only quick) did not wait for the slow services of its level");

      List<String> results = jinit.output().lines().toList();
      assertTrue(results.indexOf("db OK") > results.indexOf("slow1 OK"), results.toString());
      assertTrue(results.indexOf("web OK") > results.indexOf("db OK"), results.toString());
      assertTrue(results.indexOf("web OK") > results.indexOf("slow2 OK"), results.toString());
    }
  }
}

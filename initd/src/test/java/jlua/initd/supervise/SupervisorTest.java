package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.initd.process.ProcessControls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios with a real supervisor and rc-module services, one behaviour each. */
class SupervisorTest {
  @TempDir Path dir;

  static String rc(String name, String deps, String startBody) {
    return "module('" + name + "', package.seeall)\n"
        + (deps.isEmpty() ? "" : "depends(_M, " + deps + ")\n")
        + "function start() note('start " + name + "') " + startBody + " note('up " + name + "') return true end\n"
        + "function stop() note('stop " + name + "') end\n";
  }

  @Test
  void independentServicesStartConcurrentlyAndDependentsAfterTheirDependencies() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("a.lua", rc("a", "", "sleep(1)"));
      s.file("b.lua", rc("b", "", "sleep(1)"));
      s.file("c.lua", rc("c", "'a'", ""));
      s.file("d.lua", rc("d", "'a', 'b'", ""));
      long t0 = System.nanoTime();
      s.boot();
      s.awaitState("a", State.UP);
      s.awaitState("b", State.UP);
      long bothUp = System.nanoTime() - t0; // including loading the four files
      assertTrue(bothUp < TimeUnit.MILLISECONDS.toNanos(2000), "two 1 s starts took " + bothUp / 1e6 + " ms");
      long[] a = s.supervisor.timelineOf("a").get();
      long[] b = s.supervisor.timelineOf("b").get();
      long span = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
      assertTrue(span >= 1000 && span < 1200, "first start to both up: " + span + " ms");
      s.awaitState("c", State.UP);
      s.awaitState("d", State.UP);
      // a dependent's start() ran after its dependencies' start() returned
      assertTrue(s.noteNanos("start c") > s.noteNanos("up a"));
      assertTrue(s.noteNanos("start d") > s.noteNanos("up a"));
      assertTrue(s.noteNanos("start d") > s.noteNanos("up b"));
      // and c did not wait for b, which it does not depend on: it started as soon as a was up
      long[] ta = s.supervisor.timelineOf("a").get();
      long[] tc = s.supervisor.timelineOf("c").get();
      assertTrue(tc[0] >= ta[1], "c started at " + tc[0] + " before a was up at " + ta[1]);
      assertTrue(Math.abs(s.noteNanos("up a") - s.noteNanos("up b")) < TimeUnit.MILLISECONDS.toNanos(300));
      List<String> lines = s.output().lines().toList();
      assertEquals(4, lines.size(), s.output());
      assertTrue(lines.containsAll(List.of("a OK", "b OK", "c OK", "d OK")));
      assertTrue(lines.indexOf("c OK") > lines.indexOf("a OK"));
    }
  }

  @Test
  void serviceStartsTheMomentItsDependenciesAreUpNotLevelByLevel() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("fast.lua", rc("fast", "", ""));
      s.file("slow.lua", rc("slow", "", "sleep(1)"));
      s.file("follower.lua", rc("follower", "'fast'", "")); // level 2, but only needs the fast one
      s.boot();
      s.awaitState("follower", State.UP);
      assertEquals(State.STARTING, s.status("slow").state(), "follower came up while slow (level 1) still starts");
      s.awaitState("slow", State.UP);
    }
  }

  @Test
  void dependentsOfAFailedServiceAreReportedNotStarted() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("db.lua", "module('db', package.seeall)\nfunction start() return nil, 'disk full' end");
      s.file("web.lua", rc("web", "'db'", ""));
      s.file("api.lua", rc("api", "'web'", ""));
      s.file("cron.lua", rc("cron", "", ""));
      s.boot();
      assertEquals("disk full", s.awaitState("db", State.FAILED).reason());
      assertEquals("not started: dependency db failed", s.awaitState("web", State.FAILED).reason());
      assertEquals("not started: dependency web failed", s.awaitState("api", State.FAILED).reason());
      s.awaitState("cron", State.UP);
      assertTrue(s.output().contains("db FAILED (disk full)\n"), s.output());
      assertTrue(s.output().contains("web FAILED (not started: dependency db failed)\n"), s.output());
      assertTrue(!s.noteTexts().contains("start web"));
    }
  }

  @Test
  void brokenConfigurationsFailWithTheirReason() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("a.lua", rc("a", "'b'", ""));
      s.file("b.lua", rc("b", "'a'", ""));
      s.file("c.lua", rc("c", "'nope'", ""));
      s.file("off.lua", "off = { exec = '/bin/off', status = 'stop' }");
      s.file("user.lua", rc("user", "'off'", ""));
      s.boot();
      assertEquals("cycle: a -> b -> a", s.awaitState("a", State.FAILED).reason());
      assertEquals("unknown dependency 'nope'", s.awaitState("c", State.FAILED).reason());
      assertEquals("not started: dependency off is not running", s.awaitState("user", State.FAILED).reason());
      assertEquals(State.DOWN, s.status("off").state());
      assertTrue(s.output().startsWith("Not running off\n"), s.output());
    }
  }

  @Test
  void ctlStartRevivesAFailedServiceAndStartsItsDependencies() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("flaky.lua", "module('flaky', package.seeall)\ntries = 0\n"
          + "function start() tries = tries + 1 return tries > 1 end");
      s.file("off.lua", "module('off', package.seeall)\nfunction start() note('off') end");
      s.file("app.lua", rc("app", "'flaky'", ""));
      s.boot();
      s.awaitState("app", State.FAILED);
      Reply r = s.supervisor.start("app").get(5, TimeUnit.SECONDS);
      assertEquals(new Reply(0, "app OK\n", ""), r);
      assertEquals(State.UP, s.status("flaky").state());
      assertEquals(new Reply(1, "", "jinit: no such service: nope\n"), s.supervisor.start("nope").get());
    }
  }

  @Test
  void stopAndShutdownGoInReverseDependencyOrder() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("base.lua", rc("base", "", ""));
      s.file("mid.lua", rc("mid", "'base'", ""));
      s.file("top.lua", "module('top', package.seeall)\ndepends(_M, 'mid')\n"
          + "function start() end\nfunction stop() sleep(0.3) note('stop top') end");
      s.file("other.lua", rc("other", "", ""));
      s.boot();
      s.awaitState("top", State.UP);
      s.awaitState("other", State.UP);
      Reply stop = s.supervisor.stop("mid").get(5, TimeUnit.SECONDS);
      assertEquals(Reply.ok("top stopped\nmid stopped\n"), stop);
      assertEquals(State.UP, s.status("base").state());
      assertEquals(State.UP, s.status("other").state());
      assertEquals(List.of("stop top", "stop mid"), s.noteTexts().stream().filter(n -> n.startsWith("stop")).toList());
      s.supervisor.start("top").get(5, TimeUnit.SECONDS);
      Reply down = s.supervisor.shutdown().get(5, TimeUnit.SECONDS);
      assertEquals(0, down.code());
      assertTrue(s.supervisor.awaitTermination(1, TimeUnit.SECONDS));
      List<String> stops = s.noteTexts().stream().filter(n -> n.startsWith("stop")).toList().subList(2, 6);
      assertTrue(stops.indexOf("stop top") < stops.indexOf("stop mid"), stops.toString());
      assertTrue(stops.indexOf("stop mid") < stops.indexOf("stop base"), stops.toString());
      assertTrue(stops.contains("stop other"));
      assertTrue(s.lastNoteNanos("stop other") < s.lastNoteNanos("stop top"), "independent services stop at once");
      assertEquals(new Reply(1, "", "jinit: shutting down\n"), s.supervisor.start("top").get());
    }
  }

  @Test
  void restartRunsStopThenStart() throws Exception {
    try (Scenario s = new Scenario(dir, new FakeProcesses(), null)) {
      s.file("a.lua", rc("a", "", ""));
      s.boot();
      s.awaitState("a", State.UP);
      assertEquals(Reply.ok("a OK\n"), s.supervisor.restart("a").get(5, TimeUnit.SECONDS));
      assertEquals(List.of("start a", "up a", "stop a", "start a", "up a"), s.noteTexts());
      assertEquals(2, s.status("a").run());
    }
  }

  @Test
  void daemonsWithoutTheProcessLayerFailHonestly() throws Exception {
    try (Scenario s = new Scenario(dir, ProcessControls.unavailable(), null)) {
      s.file("d.lua", "d = { exec = '/bin/sleep', arg = { 100 } }");
      s.boot();
      assertEquals("daemon launching is not available yet (no native process layer)",
          s.awaitState("d", State.FAILED).reason());
    }
  }

  @Test
  void statusShowsStatePidUptimeRestartsLastExitAndReason() throws Exception {
    FakeProcesses p = new FakeProcesses();
    try (Scenario s = new Scenario(dir, p, null)) {
      s.file("a.lua", rc("a", "", ""));
      s.file("d.lua", "d = { exec = '/bin/d' }\noff = { exec = '/bin/off', status = 'stop' }");
      s.file("b.lua", "module('b', package.seeall)\nfunction start() error('no') end");
      s.boot();
      long pid = s.awaitState("d", State.UP).pid();
      s.awaitState("b", State.FAILED);
      s.awaitState("a", State.UP);
      String table = s.supervisor.status(null).get().out();
      List<String> lines = table.lines().toList();
      assertTrue(lines.get(0).matches("NAME +STATE +PID +UPTIME +RESTARTS +LAST EXIT +REASON"), lines.get(0));
      assertTrue(lines.get(1).matches("a +UP +- +\\d+ms +0 +- +-"), lines.get(1));
      assertTrue(lines.get(2).matches("b +FAILED +- +- +0 +- +" + dir.resolve("b.lua") + ":2: no"), lines.get(2));
      assertTrue(lines.get(3).startsWith("d     UP      " + pid + " "), lines.get(3));
      assertTrue(lines.get(4).startsWith("off   DOWN    -"), lines.get(4));
      assertTrue(lines.get(4).endsWith("Not running (status = \"stop\")"), lines.get(4));
      assertEquals(0, s.supervisor.status("a").get().code());
      assertEquals(1, s.supervisor.status("b").get().code());
    }
  }
}

package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jlua.initd.config.Restart;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.UnixSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daemon supervision driven through the process-layer test double: restarts, crash loops, stops, races. */
class DaemonSupervisionTest {
  @TempDir Path dir;

  /** Restart after 50 ms doubling to 400 ms; 4 quick exits (within 10 s) are a crash loop; KILL 200 ms after TERM. */
  static final Policy FAST = Policy.daemon(Restart.ALWAYS).withTimes(50, 400, 10_000, 4, 200);

  @Test
  void anExitedDaemonIsRestartedWithAGrowingDelayUntilACrashLoop() throws Exception {
    FakeProcesses p = new FakeProcesses();
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "d = { exec = '/bin/d' }");
      s.boot();
      long pid = s.awaitState("d", State.UP).pid();
      for (int i = 1; i <= 3; i++) {
        long before = System.nanoTime();
        p.crash(pid, 3);
        long old = pid;
        pid = s.await("d", st -> st.state() == State.UP && st.pid() != old).pid();
        long took = (System.nanoTime() - before) / 1_000_000;
        assertTrue(took >= (50L << (i - 1)) - 5, "restart " + i + " after " + took + " ms");
        assertEquals(i, s.status("d").restarts());
        assertEquals(ExitStatus.exited(old, 3), s.status("d").lastExit());
      }
      assertTrue(s.log().contains("d: restart in 0.05 s"), s.log());
      assertTrue(s.log().contains("d: restart in 0.1 s"), s.log());
      assertTrue(s.log().contains("d: restart in 0.2 s"), s.log());
      p.crash(pid, 3);
      Status failed = s.awaitState("d", State.FAILED);
      assertEquals("crash loop: 4 exits within 10.0 s of start, last exit 3", failed.reason());
      Thread.sleep(150);
      assertEquals(4, p.spawnCount("d"), "no restart after a crash loop");
      assertEquals(Reply.ok("d OK\n"), s.supervisor.start("d").get(5, TimeUnit.SECONDS));
      assertEquals(5, p.spawnCount("d"));
      assertTrue(s.output().startsWith("d OK\n"));
    }
  }

  @Test
  void restartPoliciesNeverAndOnFailure() throws Exception {
    FakeProcesses p = new FakeProcesses();
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "once = { exec = '/bin/once', restart = 'never' }\n"
          + "job = { exec = '/bin/job', restart = 'on-failure' }");
      s.boot();
      p.crash(s.awaitState("once", State.UP).pid(), 0);
      assertEquals(State.DOWN, s.awaitState("once", State.DOWN).state());
      long job = s.awaitState("job", State.UP).pid();
      p.crash(job, 2);
      s.await("job", st -> st.state() == State.UP && st.pid() != job);
      p.crash(s.status("job").pid(), 0);
      s.awaitState("job", State.DOWN);
      assertEquals(2, p.spawnCount("job"));
    }
  }

  @Test
  void stopSendsTermThenKillToTheGroupAfterTheTimeout() throws Exception {
    FakeProcesses p = new FakeProcesses();
    p.ignoreTerm.add("stubborn");
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "polite = { exec = '/bin/p' }\nstubborn = { exec = '/bin/s' }");
      s.boot();
      long polite = s.awaitState("polite", State.UP).pid();
      long stubborn = s.awaitState("stubborn", State.UP).pid();
      assertEquals(Reply.ok("polite stopped\n"), s.supervisor.stop("polite").get(5, TimeUnit.SECONDS));
      assertEquals("signal TERM", s.status("polite").lastExit().describe());
      long t0 = System.nanoTime();
      assertEquals(Reply.ok("stubborn stopped\n"), s.supervisor.stop("stubborn").get(5, TimeUnit.SECONDS));
      assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(190));
      // each exit during a stop is followed by a sweep of the daemon's process group
      assertEquals(List.of(new FakeProcesses.Sent(polite, UnixSignal.TERM), new FakeProcesses.Sent(-polite, UnixSignal.KILL),
          new FakeProcesses.Sent(stubborn, UnixSignal.TERM), new FakeProcesses.Sent(-stubborn, UnixSignal.KILL),
          new FakeProcesses.Sent(-stubborn, UnixSignal.KILL)), p.signalsSent());
      assertEquals("signal KILL", s.status("stubborn").lastExit().describe());
      assertEquals(State.DOWN, s.status("stubborn").state());
      assertTrue(p.livePids().isEmpty());
    }
  }

  @Test
  void aStopRacingAnExitNeitherRestartsNorLeavesAProcess() throws Exception {
    for (int round = 0; round < 30; round++) {
      FakeProcesses p = new FakeProcesses();
      Path d = Files.createDirectory(dir.resolve("r" + round));
      try (Scenario s = new Scenario(d, p, FAST)) {
        s.file("d.lua", "d = { exec = '/bin/d' }");
        s.boot();
        long pid = s.awaitState("d", State.UP).pid();
        CompletableFuture<Reply> stop = s.supervisor.stop("d");
        p.crash(pid, 1);
        assertEquals(0, stop.get(5, TimeUnit.SECONDS).code());
        Thread.sleep(80); // longer than the restart delay: a wrongly armed restart would have fired
        assertEquals(State.DOWN, s.status("d").state(), "round " + round);
        assertEquals(1, p.spawnCount("d"), "round " + round + ": no restart after a stop");
        assertTrue(p.livePids().isEmpty());
      }
    }
  }

  @Test
  void aRestartRacingAnExitStartsExactlyOneNewProcess() throws Exception {
    for (int round = 0; round < 30; round++) {
      FakeProcesses p = new FakeProcesses();
      Path d = Files.createDirectory(dir.resolve("r" + round));
      try (Scenario s = new Scenario(d, p, FAST.withTimes(10_000, 10_000, 10_000, 4, 200))) {
        s.file("d.lua", "d = { exec = '/bin/d' }");
        s.boot();
        long pid = s.awaitState("d", State.UP).pid();
        CompletableFuture<Reply> restart = s.supervisor.restart("d");
        p.crash(pid, 1);
        Reply r = restart.get(5, TimeUnit.SECONDS);
        Status st = s.status("d");
        if (r.code() == 0) {
          assertEquals(State.UP, st.state());
          assertEquals(2, p.spawnCount("d"), "round " + round);
          assertEquals(1, p.livePids().size());
        } else {
          assertEquals(State.BACKOFF, st.state(), "round " + round + ": " + r); // the exit won: restart is pending
        }
      }
    }
  }

  @Test
  void anExitReportedBeforeSpawnReturnsIsNotLost() throws Exception {
    FakeProcesses p = new FakeProcesses();
    p.dieAtOnce.add("d");
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "d = { exec = '/bin/d' }");
      s.boot();
      Status failed = s.awaitState("d", State.FAILED);
      assertTrue(failed.reason().startsWith("crash loop: 4 exits"), failed.reason());
      assertEquals(4, p.spawnCount("d"));
    }
  }

  @Test
  void aSpawnFailureIsReported() throws Exception {
    FakeProcesses p = new FakeProcesses();
    p.failSpawn.add("d");
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "d = { exec = '/usr/sbin/nope' }");
      s.boot();
      assertEquals("/usr/sbin/nope: No such file or directory", s.awaitState("d", State.FAILED).reason());
      assertTrue(s.output().contains("d FAILED (/usr/sbin/nope: No such file or directory)"));
    }
  }

  @Test
  void shutdownStopsDaemonsBeforeWhatTheyDependOn() throws Exception {
    FakeProcesses p = new FakeProcesses();
    p.ignoreTerm.add("web");
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("db.lua", "module('db', package.seeall)\nfunction stop() note('stop db') end");
      s.file("web.lua", "web = { exec = '/bin/web', depends = { 'db' } }");
      s.boot();
      s.awaitState("web", State.UP);
      s.supervisor.shutdown().get(5, TimeUnit.SECONDS);
      String log = s.log();
      int webDown = log.indexOf("web: STOPPING -> DOWN");
      int dbStop = log.indexOf("db: UP -> STOPPING");
      assertTrue(webDown > 0 && dbStop > webDown, log);
      assertTrue(log.contains("web: SIGKILL to process group"), log);
      assertEquals(List.of("stop db"), s.noteTexts());
    }
  }

  @Test
  void reloadStartsNewStopsRemovedAndRestartsChangedServices() throws Exception {
    FakeProcesses p = new FakeProcesses();
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("keep.lua", "keep = { exec = '/bin/keep' }");
      s.file("change.lua", "change = { exec = '/bin/change', arg = { '-v' } }");
      s.file("gone.lua", "gone = { exec = '/bin/gone' }");
      s.file("rc.lua", "module('rc', package.seeall)\nfunction start() note('start rc 1') end");
      s.boot();
      long keep = s.awaitState("keep", State.UP).pid();
      long change = s.awaitState("change", State.UP).pid();
      long gone = s.awaitState("gone", State.UP).pid();
      s.awaitState("rc", State.UP);
      Files.delete(dir.resolve("gone.lua"));
      s.file("change.lua", "change = { exec = '/bin/change', arg = { '-vv' } }");
      s.file("new.lua", "new = { exec = '/bin/new' }");
      s.file("rc.lua", "module('rc', package.seeall)\nfunction start() note('start rc 2') end");
      Reply r = s.supervisor.reload(s.load()).get(5, TimeUnit.SECONDS);
      assertEquals(Reply.ok("removed gone\nchanged change\nadded new\nchanged rc\n"), r);
      s.awaitState("new", State.UP);
      Status changed = s.await("change", st -> st.state() == State.UP && st.pid() != change);
      assertNotEquals(change, changed.pid());
      assertTrue(p.spawned.stream().anyMatch(x -> x.argv().equals(List.of("/bin/change", "-vv"))));
      assertEquals(keep, s.status("keep").pid(), "unchanged services keep running");
      for (int i = 0; i < 500 && s.status("gone") != null; i++) Thread.sleep(10);
      assertEquals(null, s.status("gone"), "a removed service is forgotten once stopped");
      assertTrue(!p.livePids().contains(gone));
      s.await("rc", st -> st.state() == State.UP && st.run() == 2);
      assertEquals(List.of("start rc 1", "start rc 2"), s.noteTexts());
      assertEquals(Reply.ok("no changes\n"), s.supervisor.reload(s.load()).get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void aReloadKeepsTheServicesOfAFileThatNowHasErrors() throws Exception {
    FakeProcesses p = new FakeProcesses();
    try (Scenario s = new Scenario(dir, p, FAST)) {
      s.file("d.lua", "d = { exec = '/bin/d' }");
      s.boot();
      long pid = s.awaitState("d", State.UP).pid();
      s.file("d.lua", "d = { exec = '/bin/d' ");
      Reply r = s.supervisor.reload(s.load()).get(5, TimeUnit.SECONDS);
      assertEquals(1, r.code());
      assertEquals("kept d (" + dir.resolve("d.lua") + " has errors)\n", r.out());
      assertTrue(r.err().startsWith("jinit: " + dir.resolve("d.lua") + ":1: "), r.err());
      Thread.sleep(50);
      assertEquals(pid, s.status("d").pid());
      assertEquals(State.UP, s.status("d").state());
    }
  }
}

package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jlua.initd.config.Restart;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.UnixSignal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random event sequences against a model of the world one service lives in (a launch in flight, at most
 * one process, armed timers, a stop() in flight), with the outcomes arriving in any order the real
 * supervisor allows. After every step the status holds its invariants, the world agrees with it (no double
 * start, no forgotten process), and a final stop always ends with no process left.
 */
class MachineProperties {
  /** The world of one service, advanced by the actions of each step. */
  static final class World {
    final Policy policy;
    final boolean daemon;
    Status status = Status.INITIAL;
    long now = 1_000;
    long nextPid = 100;
    boolean awaitingDependencies;
    Integer launchInFlight; // run
    Integer stopInFlight; // run (rc)
    long pid; // the live process, 0 for none
    int pidRun;
    boolean alive; // false once it died: its exit is then pending
    boolean gotTerm;
    boolean gotKill;
    final List<Long> exitedPids = new ArrayList<>();
    final List<long[]> timers = new ArrayList<>(); // {kind (0 restart, 1 kill), run}

    World(boolean daemon, Restart restart) {
      this.daemon = daemon;
      this.policy = daemon ? Policy.daemon(restart).withTimes(1_000, 8_000, 10_000, 4, 5_000) : Policy.rcModule();
    }

    void deliver(Event e) {
      Machine.Step step = Machine.step(policy, status, e);
      status = step.status();
      for (Action a : step.actions()) perform(a);
      check(e);
    }

    void perform(Action a) {
      if (a instanceof Action.AwaitDependencies) {
        awaitingDependencies = true;
      } else if (a instanceof Action.Launch l) {
        if (launchInFlight != null) fail("double start: run " + l.run() + " while run " + launchInFlight + " launches");
        if (pid != 0) fail("double start: run " + l.run() + " while pid " + pid + " exists");
        launchInFlight = l.run();
      } else if (a instanceof Action.CallStop c) {
        if (daemon) fail("stop() called for a daemon");
        if (stopInFlight != null) fail("stop() twice");
        stopInFlight = c.run();
      } else if (a instanceof Action.Signal s) {
        if (!daemon) fail("signal to an rc-module");
        long target = Math.abs(s.pid());
        if (exitedPids.contains(target)) fail("signal to pid " + target + " whose exit was already reported");
        if (target != pid) fail("signal to pid " + target + " which is not the service's process " + pid);
        if (s.signal() == UnixSignal.TERM) gotTerm = true;
        if (s.signal() == UnixSignal.KILL) gotKill = true;
      } else if (a instanceof Action.ArmKillTimer k) {
        timers.add(new long[] {1, k.run()});
      } else if (a instanceof Action.ArmRestartTimer r) {
        timers.add(new long[] {0, r.run()});
      }
    }

    void check(Event after) {
      String context = " after " + after + " -> " + status;
      assertNull(status.violation(daemon), status.violation(daemon) + context);
      State s = status.state();
      assertEquals(launchInFlight != null, s == State.STARTING, "launch in flight iff STARTING" + context);
      if (daemon) {
        boolean running = s == State.UP || s == State.STOPPING;
        assertEquals(pid != 0, running, "a process exists iff UP or STOPPING" + context);
        if (running) assertEquals(pid, status.pid(), "the status knows the process" + context);
      } else {
        assertEquals(stopInFlight != null, s == State.STOPPING, "stop() in flight iff STOPPING" + context);
      }
    }

    /** The moves possible now; each yields the event it delivers (or null for a pure world change). */
    List<Supplier<Event>> moves() {
      List<Supplier<Event>> m = new ArrayList<>();
      m.add(Event.Start::new);
      m.add(Event.Stop::new);
      m.add(() -> {
        now += 700;
        return null;
      });
      if (awaitingDependencies) {
        m.add(() -> {
          awaitingDependencies = false;
          return new Event.DependenciesReady();
        });
        m.add(() -> {
          awaitingDependencies = false;
          return new Event.DependencyFailed("dependency x failed");
        });
      }
      if (launchInFlight != null) {
        m.add(() -> {
          int run = launchInFlight;
          launchInFlight = null;
          if (daemon) {
            pid = nextPid++;
            pidRun = run;
            alive = true;
            gotTerm = gotKill = false;
          }
          return new Event.Started(run, daemon ? pid : 0, now);
        });
        m.add(() -> {
          int run = launchInFlight;
          launchInFlight = null;
          return new Event.StartFailed(run, "cannot");
        });
      }
      if (pid != 0 && alive) {
        m.add(() -> { // the process dies; its exit is reported by a later move
          alive = false;
          return null;
        });
      }
      if (pid != 0 && !alive) {
        m.add(() -> {
          ExitStatus x = gotKill ? ExitStatus.killed(pid, "KILL", false)
              : gotTerm ? ExitStatus.killed(pid, "TERM", false) : ExitStatus.exited(pid, (int) (now % 3));
          exitedPids.add(pid);
          Event e = new Event.Exited(pidRun, x, now);
          pid = 0;
          return e;
        });
      }
      if (stopInFlight != null) {
        m.add(() -> {
          int run = stopInFlight;
          stopInFlight = null;
          return new Event.StopDone(run, null);
        });
      }
      for (long[] t : List.copyOf(timers)) {
        m.add(() -> {
          timers.remove(t);
          return t[0] == 0 ? new Event.RestartDue((int) t[1]) : new Event.KillDue((int) t[1]);
        });
      }
      m.add(() -> new Event.Started(status.run() - 1, 999, now)); // late reports of an earlier run
      m.add(() -> new Event.Exited(status.run() - 1, ExitStatus.exited(999, 1), now));
      return m;
    }

    void move(int choice) {
      List<Supplier<Event>> m = moves();
      Event e = m.get(Math.floorMod(choice, m.size())).get();
      if (e != null) deliver(e);
    }

    /** Stop, then let the world run out: processes die on KILL, every report and timer arrives. */
    void stopAndDrain() {
      deliver(new Event.Stop());
      for (int i = 0; i < 1_000; i++) {
        if (launchInFlight != null) {
          int run = launchInFlight;
          launchInFlight = null;
          if (daemon) {
            pid = nextPid++;
            pidRun = run;
            alive = true;
            gotTerm = gotKill = false;
          }
          deliver(new Event.Started(run, daemon ? pid : 0, now));
        } else if (stopInFlight != null) {
          int run = stopInFlight;
          stopInFlight = null;
          deliver(new Event.StopDone(run, null));
        } else if (pid != 0 && gotKill) {
          exitedPids.add(pid);
          long p = pid;
          pid = 0;
          deliver(new Event.Exited(pidRun, ExitStatus.killed(p, "KILL", false), now));
        } else if (!timers.isEmpty()) {
          long[] t = timers.remove(0);
          deliver(t[0] == 0 ? new Event.RestartDue((int) t[1]) : new Event.KillDue((int) t[1]));
        } else if (awaitingDependencies) {
          awaitingDependencies = false;
          deliver(new Event.DependenciesReady());
        } else {
          break;
        }
      }
    }
  }

  @Property(tries = 2_000)
  void randomEventSequencesKeepTheInvariants(@ForAll boolean daemon, @ForAll Restart restart,
                                             @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 1_000) Integer> moves) {
    World w = new World(daemon, restart);
    for (int choice : moves) w.move(choice);
    w.stopAndDrain();
    assertTrue(w.status.state().settled(), "settled after a stop: " + w.status);
    assertEquals(0, w.pid, "no process is left behind");
    assertNull(w.launchInFlight);
  }
}

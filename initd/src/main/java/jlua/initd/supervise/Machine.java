package jlua.initd.supervise;

import java.util.List;
import jlua.initd.config.Restart;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.UnixSignal;
import jlua.initd.supervise.Action.ArmKillTimer;
import jlua.initd.supervise.Action.ArmRestartTimer;
import jlua.initd.supervise.Action.AwaitDependencies;
import jlua.initd.supervise.Action.CallStop;
import jlua.initd.supervise.Action.Launch;
import jlua.initd.supervise.Action.Signal;
import jlua.initd.supervise.Action.Sweep;
import jlua.initd.supervise.Event.DependenciesReady;
import jlua.initd.supervise.Event.DependencyFailed;
import jlua.initd.supervise.Event.Exited;
import jlua.initd.supervise.Event.KillDue;
import jlua.initd.supervise.Event.RestartDue;
import jlua.initd.supervise.Event.Start;
import jlua.initd.supervise.Event.StartFailed;
import jlua.initd.supervise.Event.Started;
import jlua.initd.supervise.Event.Stop;
import jlua.initd.supervise.Event.StopDone;

/**
 * The life of one service as a pure function: {@code step(policy, status, event) -> (status, actions)}.
 * No clock, no threads, no processes: time arrives inside events, and every effect leaves as an action.
 * Any (state, event) pair not named below leaves the status unchanged with no action — in particular an
 * outcome whose run is not the current one (a late timer or report).
 *
 * <pre>
 * state     event               next state                      actions
 * DOWN      Start               WAITING                         AwaitDependencies
 * WAITING   Stop                DOWN
 * WAITING   DependenciesReady   STARTING (run+1)                Launch
 * WAITING   DependencyFailed    FAILED
 * STARTING  Start / Stop        STARTING, wanted := yes / no
 * STARTING  Started             UP, or STOPPING if not wanted   (stop actions)
 * STARTING  StartFailed         FAILED
 * UP        Stop                STOPPING                        rc: CallStop; daemon: TERM, ArmKillTimer
 * UP        Exited              BACKOFF | FAILED | DOWN          ArmRestartTimer (by restart policy, crash loop)
 * STOPPING  Start / Stop        STOPPING, wanted := yes / no
 * STOPPING  Exited              WAITING if wanted, else DOWN    Sweep; AwaitDependencies if wanted
 * STOPPING  StopDone            WAITING if wanted, else DOWN    AwaitDependencies if wanted
 * STOPPING  KillDue             STOPPING                        KILL to the process group
 * BACKOFF   Start               WAITING (crash count reset)     AwaitDependencies
 * BACKOFF   Stop                DOWN
 * BACKOFF   RestartDue          WAITING (restarts+1)            AwaitDependencies
 * FAILED    Start               WAITING (crash count reset)     AwaitDependencies
 * </pre>
 */
public final class Machine {
  private Machine() {}

  /** The next status and what to do. */
  public record Step(Status status, List<Action> actions) {
    Step(Status status, Action... actions) {
      this(status, List.of(actions));
    }
  }

  public static Step step(Policy policy, Status s, Event e) {
    return switch (s.state()) {
      case DOWN -> down(s, e);
      case WAITING -> waiting(s, e);
      case STARTING -> starting(policy, s, e);
      case UP -> up(policy, s, e);
      case STOPPING -> stopping(policy, s, e);
      case BACKOFF -> backoff(s, e);
      case FAILED -> failed(s, e);
    };
  }

  private static Step down(Status s, Event e) {
    if (e instanceof Start) return new Step(s.revived(), new AwaitDependencies());
    return new Step(s);
  }

  private static Step waiting(Status s, Event e) {
    if (e instanceof Stop) return new Step(s.with(State.DOWN).wanted(false));
    if (e instanceof DependenciesReady) {
      Status next = s.launching();
      return new Step(next, new Launch(next.run()));
    }
    if (e instanceof DependencyFailed f) return new Step(s.failed(f.reason()));
    return new Step(s);
  }

  private static Step starting(Policy p, Status s, Event e) {
    if (e instanceof Start) return new Step(s.wanted(true));
    if (e instanceof Stop) return new Step(s.wanted(false));
    if (e instanceof Started st && st.run() == s.run()) {
      Status up = s.up(st.pid(), st.at());
      if (s.wanted()) return new Step(up);
      return stop(p, up); // a stop arrived while starting: it wins now
    }
    if (e instanceof StartFailed f && f.run() == s.run()) return new Step(s.failed(f.reason()));
    return new Step(s);
  }

  private static Step up(Policy p, Status s, Event e) {
    if (e instanceof Stop) return stop(p, s.wanted(false));
    if (e instanceof Exited x && x.run() == s.run() && p.daemon()) return exited(p, s, x.status(), x.at());
    return new Step(s);
  }

  private static Step stop(Policy p, Status s) {
    Status stopping = s.with(State.STOPPING);
    if (!p.daemon()) return new Step(stopping, new CallStop(s.run()));
    return new Step(stopping, new Signal(s.pid(), UnixSignal.TERM), new ArmKillTimer(s.run(), p.stopTimeoutMillis()));
  }

  /** A daemon that was up exited by itself: restart it, or give up, by policy. */
  private static Step exited(Policy p, Status s, ExitStatus exit, long at) {
    boolean quick = at - s.upSince() < p.quickExitMillis();
    int quickExits = quick ? s.quickExits() + 1 : 0;
    boolean success = exit.success();
    if (p.restart() == Restart.NEVER || (p.restart() == Restart.ON_FAILURE && success)) {
      if (success) return new Step(s.exited(State.DOWN, exit, quickExits).wanted(false));
      return new Step(s.exited(State.UP, exit, quickExits).failed("exited: " + exit.describe()));
    }
    if (quickExits >= p.crashLoopExits()) {
      return new Step(s.exited(State.UP, exit, quickExits).failed("crash loop: " + quickExits
          + " exits within " + p.quickExitMillis() / 1000.0 + " s of start, last " + exit.describe()));
    }
    return new Step(s.exited(State.BACKOFF, exit, quickExits),
        new ArmRestartTimer(s.run(), p.restartDelay(quickExits)));
  }

  private static Step stopping(Policy p, Status s, Event e) {
    if (e instanceof Start) return new Step(s.wanted(true));
    if (e instanceof Stop) return new Step(s.wanted(false));
    if (e instanceof Exited x && x.run() == s.run() && p.daemon()) {
      Step settled = settle(s.exited(State.STOPPING, x.status(), s.quickExits()));
      List<Action> actions = new java.util.ArrayList<>();
      actions.add(new Sweep(s.pid()));
      actions.addAll(settled.actions());
      return new Step(settled.status(), List.copyOf(actions));
    }
    if (e instanceof StopDone d && d.run() == s.run() && !p.daemon()) {
      Status done = d.error() == null ? s : new Status(s.state(), s.wanted(), s.run(), 0, s.upSince(), s.restarts(),
          s.quickExits(), s.lastExit(), "stop() failed: " + d.error());
      return settle(done);
    }
    if (e instanceof KillDue k && k.run() == s.run() && p.daemon()) {
      return new Step(s, new Signal(-s.pid(), UnixSignal.KILL));
    }
    return new Step(s);
  }

  /** The stop finished: down, or on to the start that a restart asked for. */
  private static Step settle(Status s) {
    if (s.wanted()) return new Step(s.revived(), new AwaitDependencies());
    return new Step(s.with(State.DOWN));
  }

  private static Step backoff(Status s, Event e) {
    if (e instanceof Start) return new Step(s.revived(), new AwaitDependencies());
    if (e instanceof Stop) return new Step(s.with(State.DOWN).wanted(false));
    if (e instanceof RestartDue r && r.run() == s.run()) return new Step(s.restarting(), new AwaitDependencies());
    return new Step(s);
  }

  private static Step failed(Status s, Event e) {
    if (e instanceof Start) return new Step(s.revived(), new AwaitDependencies());
    return new Step(s);
  }
}

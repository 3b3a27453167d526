package jlua.initd.supervise;

import jlua.initd.process.UnixSignal;

/** What {@link Machine#step} asks the supervisor to do; each outcome comes back as an {@link Event}. */
public sealed interface Action {
  /** Check the dependencies; answer with DependenciesReady or DependencyFailed when known. */
  record AwaitDependencies() implements Action {}

  /** Start run {@code run}: call start() or spawn the daemon; answer Started or StartFailed. */
  record Launch(int run) implements Action {}

  /** Call the rc-module's stop(); answer StopDone. */
  record CallStop(int run) implements Action {}

  /** kill(pid, signal); a negative pid is the process group. */
  record Signal(long pid, UnixSignal signal) implements Action {}

  /**
   * SIGKILL to the process group {@code group} of a stopped daemon that has exited, so that nothing it
   * started is left running (its children never got a signal of their own); usually the group is empty.
   */
  record Sweep(long group) implements Action {}

  /** Answer KillDue(run) after {@code delayMillis}. */
  record ArmKillTimer(int run, long delayMillis) implements Action {}

  /** Answer RestartDue(run) after {@code delayMillis}. */
  record ArmRestartTimer(int run, long delayMillis) implements Action {}
}

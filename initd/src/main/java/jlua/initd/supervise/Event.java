package jlua.initd.supervise;

import jlua.initd.process.ExitStatus;

/**
 * What can happen to one service: the columns of {@link Machine}'s table. Commands come from boot, ctl and
 * signals; the others report the outcome of an {@link Action}. Outcomes carry the number of the run
 * (start attempt) they belong to, so that a late timer or report of an earlier run changes nothing.
 */
public sealed interface Event {
  /** Command: be up (and revive a failed service). */
  record Start() implements Event {}

  /** Command: be down. */
  record Stop() implements Event {}

  /** Every dependency is up. */
  record DependenciesReady() implements Event {}

  /** A dependency cannot come up. */
  record DependencyFailed(String reason) implements Event {}

  /** Run {@code run} is up: start() returned true, or the daemon was spawned as {@code pid} (0 for rc). */
  record Started(int run, long pid, long at) implements Event {}

  /** Run {@code run} could not start. */
  record StartFailed(int run, String reason) implements Event {}

  /** The daemon of run {@code run} exited. */
  record Exited(int run, ExitStatus status, long at) implements Event {}

  /** stop() of run {@code run} returned; {@code error} is null when it finished without one. */
  record StopDone(int run, String error) implements Event {}

  /** The restart delay after run {@code run} has passed. */
  record RestartDue(int run) implements Event {}

  /** The daemon of run {@code run} did not exit within the stop timeout after SIGTERM. */
  record KillDue(int run) implements Event {}
}

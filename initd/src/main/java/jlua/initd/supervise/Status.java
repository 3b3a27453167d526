package jlua.initd.supervise;

import jlua.initd.process.ExitStatus;

/**
 * Everything the supervisor knows about one service, owned by the supervisor loop and changed only by
 * {@link Machine#step}. runit's three variables are here: what is ({@code state}, {@code pid}), what is
 * wanted ({@code wanted}), and what is pending (the state's in-flight action for {@code run}).
 *
 * <p>Invariants ({@link #violation}): a pid exactly while a daemon is UP or STOPPING; WAITING and
 * BACKOFF are wanted, DOWN and FAILED are not; FAILED has a reason.
 */
public record Status(State state, boolean wanted, int run, long pid, long upSince, int restarts, int quickExits,
                     ExitStatus lastExit, String reason) {
  public static final Status INITIAL = new Status(State.DOWN, false, 0, 0, 0, 0, 0, null, null);

  Status with(State s) {
    return new Status(s, wanted, run, pid, upSince, restarts, quickExits, lastExit, reason);
  }

  Status wanted(boolean w) {
    return new Status(state, w, run, pid, upSince, restarts, quickExits, lastExit, reason);
  }

  Status failed(String why) {
    return new Status(State.FAILED, false, run, 0, upSince, restarts, quickExits, lastExit, why);
  }

  /** A new start attempt. */
  Status launching() {
    return new Status(State.STARTING, true, run + 1, 0, 0, restarts, quickExits, lastExit, null);
  }

  Status up(long newPid, long at) {
    return new Status(State.UP, wanted, run, newPid, at, restarts, quickExits, lastExit, null);
  }

  Status exited(State s, ExitStatus exit, int quick) {
    return new Status(s, wanted, run, 0, upSince, restarts, quick, exit, reason);
  }

  Status revived() {
    return new Status(State.WAITING, true, run, pid, upSince, restarts, 0, lastExit, null);
  }

  Status restarting() {
    return new Status(State.WAITING, true, run, 0, upSince, restarts + 1, quickExits, lastExit, reason);
  }

  /** Null when the invariants hold for a daemon ({@code daemon}) or rc-module, else what is wrong. */
  public String violation(boolean daemon) {
    boolean hasPid = pid != 0;
    boolean running = state == State.UP || state == State.STOPPING;
    if (hasPid && !(daemon && running)) return "pid " + pid + " while " + state;
    if (!hasPid && daemon && running) return state + " without a pid";
    if ((state == State.WAITING || state == State.BACKOFF) && !wanted) return state + " but not wanted";
    if ((state == State.DOWN || state == State.FAILED) && wanted) return state + " but wanted";
    if (state == State.FAILED && reason == null) return "FAILED without a reason";
    return null;
  }
}

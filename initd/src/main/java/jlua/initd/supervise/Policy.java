package jlua.initd.supervise;

import jlua.initd.config.Restart;

/**
 * How one service is supervised. Defaults ({@link #daemon}): restart delay 1 s, doubling with each quick
 * exit up to 60 s; an exit within 10 s of the start is quick, and 5 quick exits in a row are a crash loop
 * (FAILED until {@code ctl start}); a stopped daemon gets SIGKILL 10 s after SIGTERM.
 */
public record Policy(boolean daemon, Restart restart, long restartDelayMillis, long maxRestartDelayMillis,
                     long quickExitMillis, int crashLoopExits, long stopTimeoutMillis) {
  public static final long RESTART_DELAY = 1_000;
  public static final long MAX_RESTART_DELAY = 60_000;
  public static final long QUICK_EXIT = 10_000;
  public static final int CRASH_LOOP_EXITS = 5;
  public static final long STOP_TIMEOUT = 10_000;

  public static Policy daemon(Restart restart) {
    return new Policy(true, restart, RESTART_DELAY, MAX_RESTART_DELAY, QUICK_EXIT, CRASH_LOOP_EXITS, STOP_TIMEOUT);
  }

  public static Policy rcModule() {
    return new Policy(false, Restart.NEVER, RESTART_DELAY, MAX_RESTART_DELAY, QUICK_EXIT, CRASH_LOOP_EXITS,
        STOP_TIMEOUT);
  }

  public Policy withTimes(long restartDelay, long maxRestartDelay, long quickExit, int crashLoopExits,
                          long stopTimeout) {
    return new Policy(daemon, restart, restartDelay, maxRestartDelay, quickExit, crashLoopExits, stopTimeout);
  }

  /** The delay before the next start after the given number of quick exits in a row (1, 1, 2, 4, ... s). */
  long restartDelay(int quickExits) {
    long delay = restartDelayMillis;
    for (int i = 1; i < quickExits && delay < maxRestartDelayMillis; i++) delay *= 2;
    return Math.min(delay, maxRestartDelayMillis);
  }
}

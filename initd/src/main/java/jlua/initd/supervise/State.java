package jlua.initd.supervise;

/** Where one service is in its life; the rows of {@link Machine}'s table. */
public enum State {
  /** Not running and not wanted: not started yet, stopped, or {@code status = "stop"}. */
  DOWN,
  /** Wanted up; waiting for every dependency to be up. */
  WAITING,
  /** start() is running, or the daemon is being spawned. */
  STARTING,
  /** start() succeeded, or the daemon is running. */
  UP,
  /** stop() is running, or the daemon got SIGTERM and its exit is awaited (SIGKILL after a timeout). */
  STOPPING,
  /** The daemon exited; it is started again when the restart delay has passed. */
  BACKOFF,
  /** Start failed, a dependency failed, a crash loop, or an exit with restart "never"/"on-failure" policy. */
  FAILED;

  /** No process and no start or stop in flight. */
  public boolean settled() {
    return this == DOWN || this == FAILED;
  }
}

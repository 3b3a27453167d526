package jlua.initd.process;

import jlua.initd.config.DaemonSpec;

/**
 * Everything the supervisor needs from the operating system to run daemons: start one, signal it, learn
 * of its exit, and reap orphans. The supervisor never forks, waits or signals by itself; the
 * implementation (native, over the stdlib process layer) owns every waitpid(2) of the jinit process.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #becomeReaper} is called once, before the first {@link #spawn}. From then on the
 *       implementation reaps every child of the process (its own daemons and reparented orphans) and
 *       reports each exit exactly once: to the {@link ExitListener} given to {@code spawn} for that pid,
 *       otherwise to the orphan listener.
 *   <li>An exit listener may be called on any thread, even before {@code spawn} returns; it must not be
 *       called twice, and is never called for a spawn that threw.
 *   <li>Implementations are thread-safe: spawns, signals and exit reports happen concurrently.
 * </ul>
 */
public interface ProcessControl {
  /** Receives the exit of one spawned daemon. */
  @FunctionalInterface
  interface ExitListener {
    void exited(ExitStatus status);
  }

  /**
   * Makes this process the reaper of its descendants: as PID 1 nothing to do but reap; otherwise
   * prctl(PR_SET_CHILD_SUBREAPER, 1). Starts reaping (e.g. a thread blocked in waitpid(-1) or a
   * SIGCHLD-driven loop). Exits of pids that no spawn claimed go to {@code orphans}.
   *
   * @throws LaunchException when reaping cannot be set up (the reason is logged; jinit goes on)
   */
  void becomeReaper(ExitListener orphans) throws LaunchException;

  /**
   * Starts a daemon and returns its pid without waiting for it. As root, before dropping privileges:
   * opens {@code spec.stdin/stdout/stderr} as fds 0-2 and each {@code spec.fds()} entry as fd 3, 4, ...
   * in order (files with their mode, listening/bound/connected sockets as described); then, in the child
   * and before its first instruction: setsid, umask, cwd, rlimits, group and supplementary groups of the
   * user, uid, an empty signal mask with default dispositions, exactly {@code spec.env()} as environment,
   * and no other descriptors. argv is {@code spec.argv()}.
   *
   * @param onExit called once with this child's exit status (see the class contract)
   * @throws LaunchException with a one-line reason ("/usr/sbin/x: No such file or directory",
   *     "unknown user 'daemon'", "0.0.0.0:17: Address already in use") when nothing was started
   */
  long spawn(DaemonSpec spec, ExitListener onExit) throws LaunchException;

  /**
   * kill(2): sends {@code signal} to {@code pid}, or to the process group -pid when pid is negative.
   *
   * @return false when no such process (or group) exists any more (ESRCH)
   */
  boolean kill(long pid, UnixSignal signal);

  /** Whether daemons can be started at all (false until the native layer is present). */
  default boolean available() {
    return true;
  }
}

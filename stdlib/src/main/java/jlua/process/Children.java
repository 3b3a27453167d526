package jlua.process;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import jlua.api.Errno;
import jlua.sys.LibC;
import jlua.sys.Errnos;
import jlua.sys.Native;
import jlua.sys.OsError;

/**
 * The children of this process and who collects their exit statuses. Two modes:
 *
 * <ul>
 *   <li>By default (a jlua script) nothing reaps in the background: {@code proc.wait} calls
 *       waitpid(pid) for exactly the pid it is given, so no status that the JDK's ProcessBuilder
 *       (os.execute, io.popen) owns is ever taken.
 *   <li>After {@link #becomeReaper} (jinit) one thread reaps every child, reparented orphans included.
 *       It first peeks with waitid(P_ALL, WEXITED|WNOWAIT): a pid that a spawn registered is reaped and
 *       reported to its listener; an unknown pid is left alone for a grace period (the JDK's own reaper
 *       thread collects its children at once) and only then reaped as an orphan.
 * </ul>
 *
 * Spawns register their pid under {@link #LOCK}, which the reaper takes before looking a pid up, so an
 * exit is never mistaken for an orphan's even when the child dies before posix_spawn has returned.
 */
public final class Children {
  private Children() {}

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final long ORPHAN_GRACE_NANOS = 200_000_000L;
  private static final int P_ALL = 0;
  private static final int WNOHANG = 1;
  private static final int WEXITED = 4;
  private static final int WNOWAIT = 0x01000000;
  private static final int PR_SET_CHILD_SUBREAPER = 36;

  /** A registered child: its exit, once known, and who to tell. */
  private static final class Child {
    final CompletableFuture<Exit> exit = new CompletableFuture<>();
    final Consumer<Exit> listener;
    boolean discarded;

    Child(Consumer<Exit> listener) {
      this.listener = listener;
    }
  }

  private static final Map<Integer, Child> registered = new HashMap<>(); // guarded by LOCK
  private static volatile Consumer<Exit> orphans; // non-null once this process reaps everything

  /**
   * Starts a child. {@code onExit} (may be null) is called once with its exit, on some other thread —
   * possibly before this method returns. Without a reaper, a listener gets a thread of its own that
   * waits for this pid only.
   */
  public static int spawn(SpawnSpec spec, Consumer<Exit> onExit) throws OsError {
    boolean reaping = orphans != null;
    int pid = Spawner.spawn(spec, LOCK, p -> {
      if (reaping || onExit != null) registered.put(p, new Child(onExit));
    });
    if (!reaping && onExit != null) {
      Thread t = new Thread(() -> {
        try {
          Exit e = waitpid(pid, false);
          if (e != null) deliver(pid, e);
        } catch (OsError e) {
          // reaped by someone else (wait called by the script): nothing to report
        }
      }, "jlua-wait-" + pid);
      t.setDaemon(true);
      t.start();
    }
    return pid;
  }

  /** Whether a background reaper collects every child. */
  public static boolean reaping() {
    return orphans != null;
  }

  /**
   * proc.wait: the exit of child {@code pid}, or null with {@code nohang} while it runs. Without a
   * reaper this is waitpid(2) itself ("No child processes" for a pid that is not ours).
   */
  public static Exit await(int pid, boolean nohang) throws OsError {
    Child child = registeredChild(pid);
    if (child == null) {
      if (reaping()) throw OsError.of(Integer.toString(pid), Errnos.ECHILD);
      return waitpid(pid, nohang);
    }
    try {
      if (nohang && !child.exit.isDone()) return null;
      Exit e = child.exit.get();
      forget(pid, child);
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OsError.of(Integer.toString(pid), Errnos.EINTR);
    } catch (ExecutionException e) {
      throw OsError.of(Integer.toString(pid), Errnos.ECHILD);
    }
  }

  private static Exit waitpid(int pid, boolean nohang) throws OsError {
    int[] status = new int[1];
    LibC c = Native.libc();
    while (true) {
      int rc = c.waitpid(pid, status, nohang ? WNOHANG : 0);
      if (rc == 0) return null;
      if (rc > 0) return Exit.of(rc, status[0]);
      int errno = Native.errno();
      if (errno != Errnos.EINTR) throw OsError.of(Integer.toString(pid), errno);
    }
  }

  /** A child that a failed spawn left behind (killed at its gate): reaped without telling anyone. */
  static void discard(int pid) {
    LOCK.lock();
    try {
      Child child = registered.get(pid);
      if (child != null) child.discarded = true;
    } finally {
      LOCK.unlock();
    }
    if (!reaping()) {
      try {
        waitpid(pid, false);
      } catch (OsError e) {
        // already gone
      }
      LOCK.lock();
      try {
        registered.remove(pid);
      } finally {
        LOCK.unlock();
      }
    }
  }

  private static void forget(int pid, Child child) {
    LOCK.lock();
    try {
      registered.remove(pid, child);
    } finally {
      LOCK.unlock();
    }
  }

  private static void deliver(int pid, Exit exit) {
    Child child;
    LOCK.lock();
    try {
      child = registered.get(pid);
      if (child == null || child.listener != null || child.discarded) registered.remove(pid);
    } finally {
      LOCK.unlock();
    }
    if (child == null) return;
    child.exit.complete(exit);
    if (child.listener != null && !child.discarded) child.listener.accept(exit);
  }

  /**
   * Makes this process reap every descendant: the child subreaper unless it is PID 1, and a thread that
   * collects every exit; exits no spawn registered go to {@code orphanListener}. Called once.
   */
  public static synchronized void becomeReaper(Consumer<Exit> orphanListener) throws OsError {
    if (orphans != null) throw OsError.detailed("reaper", Errno.EBUSY, "already reaping");
    if (ProcessHandle.current().pid() != 1) {
      Native.check(Native.libc().prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), "prctl(PR_SET_CHILD_SUBREAPER)");
    }
    orphans = orphanListener;
    Thread t = new Thread(Children::reap, "jlua-reaper");
    t.setDaemon(true);
    t.start();
  }

  private static void reap() {
    LibC c = Native.libc();
    byte[] info = new byte[128];
    Map<Integer, Long> unknownSince = new HashMap<>();
    while (true) {
      java.util.Arrays.fill(info, (byte) 0);
      int rc = c.waitid(P_ALL, 0, info, WEXITED | WNOWAIT);
      if (rc != 0) {
        if (Native.errno() != Errnos.EINTR) pause(20); // ECHILD: no children yet; orphans may come
        continue;
      }
      int pid = intAt(info, 16);
      if (pid <= 0) continue;
      Child child = registeredChild(pid);
      if (child != null) {
        collect(c, pid);
        continue;
      }
      long now = System.nanoTime();
      long since = unknownSince.computeIfAbsent(pid, p -> now);
      if (now - since >= ORPHAN_GRACE_NANOS) {
        unknownSince.remove(pid);
        int[] status = new int[1];
        if (c.waitpid(pid, status, WNOHANG) == pid) {
          Consumer<Exit> o = orphans;
          try {
            o.accept(Exit.of(pid, status[0]));
          } catch (RuntimeException e) {
            // a listener's failure must not stop reaping
          }
        }
        continue;
      }
      // the head of the queue is unknown for now: collect registered children behind it meanwhile
      collectRegistered(c);
      unknownSince.keySet().removeIf(p -> !isZombieChild(p));
      pause(10);
    }
  }

  private static void collect(LibC c, int pid) {
    int[] status = new int[1];
    int rc;
    do {
      rc = c.waitpid(pid, status, 0);
    } while (rc < 0 && Native.errno() == Errnos.EINTR);
    if (rc == pid) {
      try {
        deliver(pid, Exit.of(pid, status[0]));
      } catch (RuntimeException e) {
        // a listener's failure must not stop reaping
      }
    }
  }

  private static void collectRegistered(LibC c) {
    Integer[] pids;
    LOCK.lock();
    try {
      pids = registered.keySet().toArray(Integer[]::new);
    } finally {
      LOCK.unlock();
    }
    int[] status = new int[1];
    for (int pid : pids) {
      if (c.waitpid(pid, status, WNOHANG) == pid) deliver(pid, Exit.of(pid, status[0]));
    }
  }

  private static boolean isZombieChild(int pid) {
    byte[] info = new byte[128];
    // P_PID = 1: still a child of ours and exited?
    return Native.libc().waitid(1, pid, info, WEXITED | WNOWAIT | WNOHANG) == 0 && intAt(info, 16) == pid;
  }

  private static int intAt(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The registered children (for tests and status). */
  static int registeredCount() {
    LOCK.lock();
    try {
      Iterator<Integer> it = registered.keySet().iterator();
      int n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    } finally {
      LOCK.unlock();
    }
  }

  /** The registered child {@code pid}, or null. */
  private static Child registeredChild(int pid) {
    LOCK.lock();
    try {
      return registered.get(pid);
    } finally {
      LOCK.unlock();
    }
  }
}

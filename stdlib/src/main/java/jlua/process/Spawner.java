package jlua.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.Lock;
import java.util.function.IntConsumer;
import jlua.api.Errno;
import jlua.sys.LibC;
import jlua.sys.Errnos;
import jlua.sys.Native;
import jlua.sys.OsError;
import jnr.ffi.Pointer;

/**
 * Starts a program without forking the JVM: glibc's posix_spawn(3), whose child (a CLONE_VM|CLONE_VFORK
 * clone) runs only glibc's own code until execve. Every attribute of {@link SpawnSpec} is in place
 * before the program's first instruction:
 *
 * <ul>
 *   <li>descriptors, cwd, signals, session: posix_spawn's file actions (dup2 in two phases, src →
 *       base+i → i, so no source is clobbered; closefrom; chdir) and attributes (empty signal mask,
 *       every signal to its default action, setsid);
 *   <li>user, groups, umask: the child copies the credentials and the fs context (umask, cwd, root) of
 *       the <em>thread</em> that spawns it. So each spawn runs on a fresh thread that first gives itself
 *       a private fs context (unshare(CLONE_FS)) and its own umask, then changes only its own
 *       credentials with the raw setgroups/setresgid/setresuid system calls (glibc's wrappers would
 *       change every thread of the JVM), spawns, and ends;
 *   <li>resource limits, which belong to the whole process: the child waits at a {@link Gate} after
 *       its file actions while the calling thread sets them with prlimit(2).
 * </ul>
 */
public final class Spawner {
  private Spawner() {}

  private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
  private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
  private static final short POSIX_SPAWN_SETSID = 0x80;
  private static final int CLONE_FS = 0x200;
  private static final int PR_SET_DUMPABLE = 4;

  /** Raw system call numbers: {setgroups, setresuid, setresgid}. */
  private static final long[] CALLS = switch (System.getProperty("os.arch")) {
    case "aarch64", "arm64" -> new long[] {159, 147, 149};
    default -> new long[] {116, 117, 119}; // x86-64
  };

  /**
   * Starts {@code spec}; {@code started} receives the pid while {@code lock} is still held (the lock is
   * taken around posix_spawn, so a reaper that takes it too never sees the pid before it is known).
   *
   * @return the child's pid
   * @throws OsError naming the program, the directory or the limit that failed; nothing was started
   */
  public static int spawn(SpawnSpec spec, Lock lock, IntConsumer started) throws OsError {
    check(spec);
    LibC c = Native.libc();
    Pointer path = CMemory.string(spec.path());
    Pointer argv = CMemory.array(spec.argv());
    Pointer envp = CMemory.array(spec.env());
    Pointer cwd = CMemory.string(spec.cwd().toString());
    Pointer actions = CMemory.block(256);
    Pointer attr = CMemory.block(1024);
    Pointer noSignals = CMemory.block(128);
    Pointer allSignals = CMemory.block(128);
    Gate gate = spec.limits().isEmpty() ? null : Gate.open();
    try {
      c.posix_spawn_file_actions_init(actions);
      c.posix_spawnattr_init(attr);
      int n = spec.fds().length;
      int base = n;
      for (int fd : spec.fds()) base = Math.max(base, fd + 1);
      for (int i = 0; i < n; i++) actionCheck(c.posix_spawn_file_actions_adddup2(actions, spec.fds()[i], base + i));
      for (int i = 0; i < n; i++) actionCheck(c.posix_spawn_file_actions_adddup2(actions, base + i, i));
      actionCheck(c.posix_spawn_file_actions_addclosefrom_np(actions, n));
      actionCheck(c.posix_spawn_file_actions_addchdir_np(actions, cwd));
      if (gate != null) gate.addActions(c, actions, n);
      c.sigemptyset(noSignals);
      c.sigfillset(allSignals);
      // sigfillset leaves out glibc's internal signals 32 and 33, which the spawned child would then
      // keep ignored across exec; set every bit of 1..64 so they too return to their default action
      allSignals.putLong(0, -1L);
      c.posix_spawnattr_setsigmask(attr, noSignals);
      c.posix_spawnattr_setsigdefault(attr, allSignals);
      short flags = (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (spec.newSession() ? POSIX_SPAWN_SETSID : 0));
      c.posix_spawnattr_setflags(attr, flags);

      SpawnThread t = new SpawnThread(spec, gate, lock, started, path, actions, attr, argv, envp);
      t.start();
      int gatedPid = -1;
      OsError gateError = null;
      if (gate != null) {
        try {
          gatedPid = admit(gate, t.tid(), spec);
        } catch (OsError e) {
          gateError = e;
        }
      }
      joinUninterruptibly(t);
      if (t.error != null) throw t.error;
      if (t.rc != 0) throw OsError.of(failedName(spec, t.rc), t.rc);
      if (gateError != null) {
        Children.discard(t.pid); // killed at the gate: reap it quietly
        throw gateError;
      }
      assert gate == null || gatedPid == t.pid;
      return t.pid;
    } finally {
      if (gate != null) gate.close();
      c.posix_spawn_file_actions_destroy(actions);
      c.posix_spawnattr_destroy(attr);
    }
  }

  /**
   * Sets the child's limits at the gate. prlimit(2) on another process needs CAP_SYS_RESOURCE unless
   * the caller's real uid and gid equal all of the target's; containers often withhold that capability.
   * So for a child with other credentials a helper thread takes the child's ids as its real ids only
   * (keeping effective root and its capabilities) and sets the limits from there.
   */
  private static int admit(Gate gate, String tid, SpawnSpec spec) throws OsError {
    Identity id = spec.identity();
    if (id == null) return gate.admit(tid, spec.limits());
    java.util.concurrent.CompletableFuture<Object> result = new java.util.concurrent.CompletableFuture<>();
    Thread helper = new Thread(() -> {
      try {
        LibC c = Native.libc();
        raw(c, CALLS[2], Integer.toUnsignedLong(id.gid()), -1, -1, "setresgid");
        if (id.uid() != null) raw(c, CALLS[1], Integer.toUnsignedLong(id.uid()), -1, -1, "setresuid");
        result.complete(gate.admit(tid, spec.limits()));
      } catch (OsError | RuntimeException e) {
        gate.spawnEnded(); // wake nobody twice: the child, if any, was killed or let through
        result.complete(e);
      }
    }, "jlua-spawn-gate");
    helper.setDaemon(true);
    helper.start();
    joinUninterruptibly(helper);
    Object r = result.getNow(null);
    if (r instanceof Integer pid) return pid;
    if (r instanceof OsError e) throw e;
    throw OsError.detailed("spawn", Errno.EIO, String.valueOf(r));
  }

  private static void raw(LibC c, long call, long a, long b, long cc, String name) throws OsError {
    if (c.syscall(call, a, b, cc) != 0) throw OsError.of(name, Native.errno());
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static void actionCheck(int rc) throws OsError {
    if (rc != 0) throw OsError.of("spawn", rc);
  }

  /** What the user should hear about, checked before anything starts. */
  private static void check(SpawnSpec spec) throws OsError {
    if (!Files.isDirectory(spec.cwd())) {
      throw OsError.of(spec.cwd().toString(), Files.exists(spec.cwd()) ? Errno.ENOTDIR : Errno.ENOENT);
    }
    Path program = spec.cwd().resolve(spec.path());
    if (!Files.exists(program)) throw OsError.of(spec.path(), Errno.ENOENT);
    if (Files.isDirectory(program) || !Files.isExecutable(program)) throw OsError.of(spec.path(), Errno.EACCES);
  }

  /** An error of posix_spawn: the program's, unless the directory cannot be entered as the new user. */
  private static String failedName(SpawnSpec spec, int errno) {
    return spec.path();
  }

  /** The thread that takes on the child's credentials and fs context, spawns, and ends. */
  private static final class SpawnThread extends Thread {
    private final SpawnSpec spec;
    private final Gate gate;
    private final Lock lock;
    private final IntConsumer started;
    private final Pointer path;
    private final Pointer actions;
    private final Pointer attr;
    private final Pointer argv;
    private final Pointer envp;
    private final java.util.concurrent.CompletableFuture<String> tid = new java.util.concurrent.CompletableFuture<>();
    volatile int rc;
    volatile int pid;
    volatile OsError error;

    SpawnThread(SpawnSpec spec, Gate gate, Lock lock, IntConsumer started, Pointer path, Pointer actions, Pointer attr,
        Pointer argv, Pointer envp) {
      super("jlua-spawn");
      setDaemon(true);
      this.spec = spec;
      this.gate = gate;
      this.lock = lock;
      this.started = started;
      this.path = path;
      this.actions = actions;
      this.attr = attr;
      this.argv = argv;
      this.envp = envp;
    }

    String tid() throws OsError {
      try {
        return tid.get();
      } catch (Exception e) {
        throw OsError.detailed("spawn", Errno.EIO, "spawning thread: " + e);
      }
    }

    @Override
    public void run() {
      LibC c = Native.libc();
      try {
        tid.complete(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        if (spec.umask() != null) {
          Native.check(c.unshare(CLONE_FS), "unshare");
          c.umask(spec.umask());
        }
        Identity id = spec.identity();
        if (id != null) {
          Pointer groups = CMemory.block(4 * Math.max(1, id.groups().length));
          for (int i = 0; i < id.groups().length; i++) groups.putInt(4L * i, id.groups()[i]);
          raw(c, CALLS[0], id.groups().length, groups.address(), 0, "setgroups");
          long g = Integer.toUnsignedLong(id.gid());
          raw(c, CALLS[2], g, g, g, "setresgid");
          if (id.uid() != null) {
            long u = Integer.toUnsignedLong(id.uid());
            raw(c, CALLS[1], u, u, u, "setresuid");
          }
        }
        int[] out = new int[1];
        lock.lock();
        try {
          rc = c.posix_spawn(out, path, actions, attr, argv, envp);
          if (rc == 0) {
            pid = out[0];
            started.accept(pid);
          }
        } finally {
          lock.unlock();
        }
        if (id != null) c.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0); // a credential change made the JVM undumpable
      } catch (OsError e) {
        error = e;
      } catch (IOException e) {
        error = OsError.of("/proc/thread-self", e);
      } catch (RuntimeException e) {
        error = OsError.detailed("spawn", Errno.EIO, e.toString());
      } finally {
        tid.complete("?");
        if (gate != null) gate.spawnEnded();
      }
    }

  }
}

package jlua.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jlua.api.Errno;
import jlua.sys.LibC;
import jlua.sys.Errnos;
import jlua.sys.Native;
import jlua.sys.OsError;
import jnr.ffi.Pointer;

/**
 * Holds a spawned child between its file actions and its exec while the parent sets its resource
 * limits — prlimit(2) after exec would race the program's first instructions, and setrlimit in the
 * parent would change the whole JVM. The gate is a FIFO the child's last file actions open twice:
 *
 * <ol>
 *   <li>for writing, then closes it: the parent, which holds the read end, sees POLLHUP and knows the
 *       child has reached the gate (its pid is the only child of the spawning thread);
 *   <li>for reading: this open blocks until a writer comes. The parent applies the limits with
 *       prlimit(2), then opens the FIFO for writing, which lets the child go on to exec.
 * </ol>
 *
 * If the spawn fails before the gate, the spawning thread opens the FIFO for writing itself after
 * setting {@link #spawnEnded}, so the parent never waits for a child that will not come.
 */
final class Gate implements AutoCloseable {
  private static final int POLLIN = 0x1;
  private static final int POLLHUP = 0x10;
  private static Path dir;

  private final Path fifo;
  private final Pointer fifoPath;
  private final int reader;
  private volatile boolean spawnEnded;
  private volatile int writer = -1;

  private Gate(Path fifo, int reader) {
    this.fifo = fifo;
    this.fifoPath = CMemory.string(fifo.toString());
    this.reader = reader;
  }

  /** A new gate; its FIFO is open for reading (non-blocking) in this process. */
  static Gate open() throws OsError {
    Path fifo = directory().resolve(UUID.randomUUID().toString());
    byte[] name = (fifo + "\0").getBytes(StandardCharsets.ISO_8859_1);
    LibC c = Native.libc();
    Native.check(c.mkfifo(name, 0600), fifo.toString());
    try {
      Files.setPosixFilePermissions(fifo, PosixFilePermissions.fromString("rw-rw-rw-")); // the child may run as anyone
    } catch (IOException e) {
      throw OsError.of(fifo.toString(), e);
    }
    int fd = c.open(name, LibC.O_RDONLY | LibC.O_NONBLOCK | LibC.O_CLOEXEC, 0);
    if (fd < 0) {
      int errno = Native.errno();
      unlink(fifo);
      throw OsError.of(fifo.toString(), errno);
    }
    return new Gate(fifo, fd);
  }

  /** The child's side: the file actions that pass through the gate, using descriptor {@code fd}. */
  void addActions(LibC c, Pointer actions, int fd) {
    c.posix_spawn_file_actions_addopen(actions, fd, fifoPath, LibC.O_WRONLY, 0);
    c.posix_spawn_file_actions_addclose(actions, fd);
    c.posix_spawn_file_actions_addopen(actions, fd, fifoPath, LibC.O_RDONLY, 0);
    c.posix_spawn_file_actions_addclose(actions, fd);
  }

  /**
   * The parent's side, while the spawning thread (task {@code tid}) is inside posix_spawn: waits for
   * the child at the gate, sets its limits and lets it go on. Returns the child's pid, or -1 when the
   * spawn ended without reaching the gate. When a limit cannot be set the child is killed at the gate.
   */
  int admit(String tid, Map<Rlimit, long[]> limits) throws OsError {
    LibC c = Native.libc();
    int[] pollfd = {reader, POLLIN};
    while (true) {
      int rc = c.poll(pollfd, 1, 10_000);
      if (rc < 0 && Native.errno() == Errnos.EINTR) continue;
      if (spawnEnded) return -1;
      if (rc > 0 && ((pollfd[1] >>> 16) & POLLHUP) != 0) break;
      if (rc == 0) throw OsError.detailed("spawn", Errnos.ETIMEDOUT, "the child did not reach the limits gate");
      pollfd[1] = POLLIN;
    }
    int pid = childOf(tid);
    OsError failed = null;
    for (Map.Entry<Rlimit, long[]> e : limits.entrySet()) {
      long[] v = e.getValue();
      if (c.prlimit(pid, e.getKey().number, v, null) != 0) {
        failed = OsError.detailed(null, Native.errno(), "limits." + e.getKey().luaName() + ": " + Errno.text(Native.errno()));
        break;
      }
    }
    if (failed != null) c.kill(pid, 9);
    // the writer stays open until the spawn has returned: a child that reaches its second open only
    // after this point must still find a writer there (closing at once would strand it)
    writer = c.open(cString(), LibC.O_WRONLY | LibC.O_NONBLOCK | LibC.O_CLOEXEC, 0);
    if (failed != null) throw failed;
    return pid;
  }

  /** Opens the FIFO for writing: the child blocked in its second open goes on. */
  private void let() {
    LibC c = Native.libc();
    int w = c.open(cString(), LibC.O_WRONLY | LibC.O_NONBLOCK | LibC.O_CLOEXEC, 0);
    if (w >= 0) c.close(w);
  }

  /** Called by the spawning thread when posix_spawn has returned, whatever happened. */
  void spawnEnded() {
    spawnEnded = true;
    let();
  }

  private byte[] cString() {
    return (fifo + "\0").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static int childOf(String tid) throws OsError {
    try {
      String text = Files.readString(Path.of("/proc/self/task", tid, "children")).trim();
      List<String> pids = List.of(text.split("\\s+"));
      if (text.isEmpty() || pids.size() != 1) throw OsError.detailed("spawn", Errnos.ECHILD, "cannot find the child at the gate");
      return Integer.parseInt(pids.get(0));
    } catch (IOException e) {
      throw OsError.of("/proc/self/task/" + tid + "/children", e);
    }
  }

  @Override
  public void close() {
    if (writer >= 0) Native.libc().close(writer);
    Native.libc().close(reader);
    unlink(fifo);
  }

  private static void unlink(Path fifo) {
    try {
      Files.deleteIfExists(fifo);
    } catch (IOException e) {
      // a leftover FIFO in our private directory harms nothing
    }
  }

  /** A private directory (mode 0711: the child can open a FIFO it is told the random name of). */
  private static synchronized Path directory() throws OsError {
    if (dir != null && Files.isDirectory(dir)) return dir;
    IOException last = null;
    for (String base : new String[] {System.getProperty("java.io.tmpdir"), "/run", "/dev/shm", "/dev"}) {
      try {
        Path d = Files.createTempDirectory(Path.of(base), "jlua-gate-");
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx--x--x"));
        Path made = d;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try (var s = Files.list(made)) {
            s.forEach(Gate::unlink);
            Files.deleteIfExists(made);
          } catch (IOException e) {
            // best effort
          }
        }));
        dir = d;
        return d;
      } catch (IOException | UnsupportedOperationException e) {
        last = e instanceof IOException io ? io : new IOException(e);
      }
    }
    throw OsError.of("limits gate directory", last);
  }
}

package jlua.initd.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jlua.initd.config.DaemonSpec;
import jlua.initd.config.Io;
import jlua.initd.config.Limits;
import jlua.net.Sockets;
import jlua.process.Children;
import jlua.process.Descriptors;
import jlua.process.Exit;
import jlua.process.Identity;
import jlua.process.ProcTable;
import jlua.process.Rlimit;
import jlua.process.SpawnSpec;
import jlua.sys.Errnos;
import jlua.sys.Native;
import jlua.sys.OsError;

/**
 * The {@link ProcessControl} over the stdlib's native process layer ({@code jlua.process}): daemons
 * start through posix_spawn with every attribute in place before their first instruction, descriptors
 * are opened here (as root, before the child's credentials change), and one reaper thread collects every
 * child, orphans included.
 */
public final class StdlibProcessControl implements ProcessControl {
  @Override
  public void becomeReaper(ExitListener orphans) throws LaunchException {
    try {
      Children.becomeReaper(e -> orphans.exited(status(e)));
    } catch (OsError e) {
      throw new LaunchException(e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new LaunchException("native process layer: " + e, e);
    }
  }

  @Override
  public long spawn(DaemonSpec spec, ExitListener onExit) throws LaunchException {
    List<Integer> opened = new ArrayList<>();
    try {
      Identity identity = identity(spec);
      int[] fds = new int[3 + spec.fds().size()];
      fds[0] = open(spec.stdin(), "r", opened);
      fds[1] = open(spec.stdout(), "a", opened);
      fds[2] = open(spec.stderr(), "a", opened);
      for (int i = 0; i < spec.fds().size(); i++) fds[3 + i] = open(spec.fds().get(i), "r", opened);
      List<String> env = new ArrayList<>();
      for (Map.Entry<String, String> e : new TreeMap<>(spec.env()).entrySet()) env.add(e.getKey() + "=" + e.getValue());
      SpawnSpec s = new SpawnSpec(spec.exec(), spec.argv(), env, Path.of(spec.cwd()), fds, identity, spec.umask(),
          limits(spec.limits()), true);
      return Children.spawn(s, e -> onExit.exited(status(e)));
    } catch (OsError e) {
      throw new LaunchException(e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new LaunchException("native process layer: " + e, e);
    } finally {
      for (int fd : opened) Descriptors.close(fd); // the child has its copies
    }
  }

  @Override
  public boolean kill(long pid, UnixSignal signal) {
    if (Native.libc().kill((int) pid, signal.number()) == 0) return true;
    return Native.errno() != Errnos.ESRCH;
  }

  /**
   * Who the daemon runs as. Only root can change users: a jinit run by a normal user (the demo, a
   * developer's test) starts daemons declared as that same user and group under its own credentials,
   * supplementary groups included (it may not set those), and refuses any other user with a clear reason.
   */
  private static Identity identity(DaemonSpec spec) throws OsError, LaunchException {
    Identity wanted = Identity.of(spec.user(), spec.group());
    long uid = selfId("Uid:");
    if (uid == 0 || wanted == null) return wanted;
    long gid = selfId("Gid:");
    if (wanted.uid() != null && wanted.uid() == uid && wanted.gid() == gid) return null;
    throw new LaunchException("user " + spec.user() + ", group " + spec.group() + ": only root may start a daemon"
        + " as another user or group (jinit runs as uid " + uid + ", gid " + gid + ")");
  }

  /** The effective uid or gid of jinit, from /proc/self/status (no native call). */
  private static long selfId(String key) {
    String line = ProcTable.selfStatus(key);
    return line == null ? -1 : Long.parseLong(line.trim().split("\\s+")[1]);
  }

  /** Opens one descriptor a daemon receives; {@code mode} is the default for a plain file. */
  private static int open(Io io, String mode, List<Integer> opened) throws OsError {
    int fd;
    if (io instanceof Io.File f) {
      fd = Descriptors.openFile(f.path(), f.mode() != null ? f.mode() : mode);
    } else if (io instanceof Io.Tcp t) {
      fd = Sockets.tcp(t.host(), t.port(), Sockets.DEFAULT_BACKLOG);
    } else if (io instanceof Io.Udp u) {
      fd = Sockets.udp(u.host(), u.port());
    } else if (io instanceof Io.UnixStream u) {
      fd = Sockets.unixStream(u.path(), null, Sockets.DEFAULT_BACKLOG);
    } else if (io instanceof Io.UnixDatagram d) {
      fd = d.connect() ? Sockets.unixDatagramConnected(d.path()) : Sockets.unixDatagram(d.path(), null);
    } else {
      throw OsError.detailed(String.valueOf(io), jlua.api.Errno.EINVAL, "unknown descriptor");
    }
    opened.add(fd);
    return fd;
  }

  private static Map<Rlimit, long[]> limits(Limits limits) {
    Map<Rlimit, long[]> out = new EnumMap<>(Rlimit.class);
    for (Map.Entry<Limits.Resource, Long> e : limits.values().entrySet()) {
      Rlimit r = Rlimit.named(e.getKey().luaName());
      long v = e.getValue() == Limits.UNLIMITED ? Rlimit.UNLIMITED : e.getValue();
      out.put(r, new long[] {v, v});
    }
    return out;
  }

  private static ExitStatus status(Exit e) {
    return e.signal() == null ? ExitStatus.exited(e.pid(), e.code()) : ExitStatus.killed(e.pid(), e.signal(), e.core());
  }
}

package jlua.proc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jlua.api.Args;
import jlua.api.Cwd;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.process.Descriptors;
import jlua.process.HasFd;
import jlua.process.Identity;
import jlua.process.Rlimit;
import jlua.process.SpawnSpec;
import jlua.sys.Mode;
import jlua.sys.OsError;
import jlua.vm.Values;

/**
 * A child to start, made from Lua values: a daemon table for {@code proc.spawn} or an argv array for
 * {@code proc.run}. Descriptors this class opened are closed by {@link #close} once the child has
 * them. Absent fields mean the caller's own: environment, directory, user, umask, stdin/stdout/stderr.
 */
final class Launch implements AutoCloseable {
  final List<Integer> opened = new ArrayList<>();
  int[] fds = {0, 1, 2};
  List<String> env;
  Path cwd = Cwd.get();
  Identity identity;
  Integer umask;
  boolean newSession; // daemons (spawn) lead a session of their own; run keeps the caller's
  final Map<Rlimit, long[]> limits = new EnumMap<>(Rlimit.class);

  SpawnSpec spec(String program, List<String> argv) {
    return new SpawnSpec(program, argv, env != null ? env : inheritedEnv(), cwd, fds, identity, umask, limits, newSession);
  }

  static List<String> inheritedEnv() {
    List<String> env = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) env.add(e.getKey() + "=" + e.getValue());
    return env;
  }

  /** env = {NAME = value, ...}: exactly these, sorted by name. */
  void env(Args args, int argn, Object v) {
    if (v == null) return;
    if (!(v instanceof LuaTable t)) throw args.argError(argn, "'env' must be a table");
    Map<String, String> sorted = new TreeMap<>();
    for (int pos = t.nextPosition(null); pos >= 0; pos = t.nextPosition(t.keyAt(pos))) {
      String k = Values.toStringCoerced(t.keyAt(pos));
      String val = Values.toStringCoerced(t.valueAt(pos));
      if (k == null || val == null) throw args.argError(argn, "'env' must map names to strings");
      sorted.put(k, val);
    }
    env = new ArrayList<>();
    for (Map.Entry<String, String> e : sorted.entrySet()) env.add(e.getKey() + "=" + e.getValue());
  }

  void cwd(Args args, int argn, Object v) {
    if (v == null) return;
    String s = Values.toStringCoerced(v);
    if (s == null) throw args.argError(argn, "'cwd' must be a string");
    cwd = Cwd.resolve(Path.of(jlua.sys.SysPath.decode(s))).normalize();
  }

  /** The table fields of a daemon spec (§4). */
  void daemon(Args args, int argn, LuaTable t) throws OsError {
    env(args, argn, t.rawget("env"));
    cwd(args, argn, t.rawget("cwd"));
    Object user = t.rawget("user");
    Object group = t.rawget("group");
    if (user != null || group != null) identity = Identity.of(user, group);
    Object mask = t.rawget("umask");
    if (mask != null) {
      try {
        umask = Mode.parseMask(mask);
      } catch (RuntimeException e) {
        throw args.argError(argn, "bad umask '" + Values.toDisplayString(mask) + "'");
      }
    }
    if (t.rawget("limits") instanceof LuaTable lt) limits(args, argn, lt);
    else if (t.rawget("limits") != null) throw args.argError(argn, "'limits' must be a table");
    List<Integer> all = new ArrayList<>();
    all.add(stdio(args, argn, t.rawget("stdin"), 0, "r"));
    all.add(stdio(args, argn, t.rawget("stdout"), 1, "a"));
    all.add(stdio(args, argn, t.rawget("stderr"), 2, "a"));
    Object fd = t.rawget("fd");
    if (fd instanceof LuaTable list) {
      for (int i = 1; list.rawget(i) != null; i++) all.add(descriptor(args, argn, list.rawget(i), "r"));
    } else if (fd != null) {
      throw args.argError(argn, "'fd' must be an array");
    }
    fds = all.stream().mapToInt(Integer::intValue).toArray();
  }

  private void limits(Args args, int argn, LuaTable lt) {
    for (int pos = lt.nextPosition(null); pos >= 0; pos = lt.nextPosition(lt.keyAt(pos))) {
      Rlimit r = lt.keyAt(pos) instanceof String name ? Rlimit.named(name) : null;
      if (r == null) throw args.argError(argn, "unknown limit '" + Values.toDisplayString(lt.keyAt(pos)) + "'");
      Long v = r.parse(lt.valueAt(pos));
      if (v == null) throw args.argError(argn, "bad limit " + r.luaName() + " = " + Values.toDisplayString(lt.valueAt(pos)));
      limits.put(r, new long[] {v, v});
    }
  }

  private int stdio(Args args, int argn, Object v, int inherited, String mode) throws OsError {
    return v == null ? inherited : descriptor(args, argn, v, mode);
  }

  /** A path (opened here), a descriptor number of ours, or a socket. */
  int descriptor(Args args, int argn, Object v, String mode) throws OsError {
    if (v instanceof Userdata u && u.payload() instanceof HasFd h) {
      if (h.fd() < 0) throw OsError.of("socket", Errno.EBADF);
      return h.fd();
    }
    if (v instanceof Double d) {
      int fd = d.intValue();
      if (!Descriptors.isOpen(fd)) throw OsError.of("fd " + fd, Errno.EBADF);
      return fd;
    }
    if (v instanceof String s) {
      int fd = Descriptors.openFile(s, mode);
      opened.add(fd);
      return fd;
    }
    throw args.argError(argn, "descriptor expected (a path, a descriptor number or a socket), got "
        + Values.typeName(v));
  }

  /** The program file for a name without a slash: searched in PATH (of the child's environment). */
  String findProgram(String name) throws OsError {
    if (name.contains("/")) return name;
    String path = null;
    for (String e : env != null ? env : List.<String>of()) {
      if (e.startsWith("PATH=")) path = e.substring(5);
    }
    if (path == null) path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (String dir : path.split(":", -1)) {
      Path candidate = Cwd.resolve(Path.of(dir.isEmpty() ? "." : dir)).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate.toString();
    }
    throw OsError.of(name, Errno.ENOENT);
  }

  @Override
  public void close() {
    for (int fd : opened) Descriptors.close(fd);
    opened.clear();
  }
}

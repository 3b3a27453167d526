package jlua.proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.process.Children;
import jlua.process.Descriptors;
import jlua.process.Exit;
import jlua.process.ProcTable;
import jlua.process.Rlimit;
import jlua.process.SafePoint;
import jlua.process.Signals;
import jlua.process.Traps;
import jlua.sys.Accounts;
import jlua.sys.Errnos;
import jlua.sys.FunctionTable;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.Tables;
import jlua.vm.Values;

/**
 * The {@code proc} module: the process table, signals, ids, limits, and children started without a
 * shell ({@code spawn}, {@code run}, {@code wait}). Reading ids and the process table needs no native
 * code; kill, limits and spawning load it on first use.
 */
public final class Proc {
  private Proc() {}

  static LuaTable open(Lua lua) {
    LuaTable proc = lua.library("proc", FunctionTable.of(lua, Proc::callAtSafePoint,
        "getegid", "geteuid", "getgid", "getpid", "getppid", "getuid", "kill", "pidof", "ps", "run", "setgid",
        "setuid", "sleep", "spawn", "trap", "wait"));
    proc.rawset("limits", Tables.record("soft", ProcLimits.table(lua, true), "hard", ProcLimits.table(lua, false)));
    return proc;
  }

  /** Runs proc.{@code name} after the handlers of trapped signals that arrived (see {@link SafePoint}). */
  private static Object callAtSafePoint(String name, Args a) {
    SafePoint.run(a);
    return switch (name) {
      case "getegid" -> id("Gid:", 1);
      case "geteuid" -> id("Uid:", 1);
      case "getgid" -> id("Gid:", 0);
      case "getpid" -> (double) ProcessHandle.current().pid();
      case "getppid" -> (double) ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
      case "getuid" -> id("Uid:", 0);
      case "kill" -> kill(a);
      case "pidof" -> Tables.array(ProcTable.pidof(a.checkString(1)));
      case "ps" -> ps();
      case "run" -> run(a);
      case "setgid" -> OsError.succeed(() -> setId(a, false));
      case "setuid" -> OsError.succeed(() -> setId(a, true));
      case "sleep" -> sleep(a);
      case "spawn" -> spawn(a);
      case "trap" -> trap(a);
      case "wait" -> waitFor(a);
      default -> throw FunctionTable.unknown("proc", name);
    };
  }

  // proc.ps () -> array of {pid, ppid, uid, user, state, name, cmdline, rss, starttime}
  private static Object ps() {
    List<LuaTable> rows = new ArrayList<>();
    Map<Integer, String> users = new HashMap<>(); // a few uids among many processes: one lookup each
    for (ProcTable.Entry e : ProcTable.all()) {
      String user = e.uid() == -1 ? null : users.computeIfAbsent(e.uid(), Accounts::userName);
      rows.add(Tables.record("pid", e.pid(), "ppid", e.ppid(), "uid", Integer.toUnsignedLong(e.uid()),
          "user", user, "state", String.valueOf(e.state()),
          "name", e.name(), "cmdline", Tables.array(e.cmdline()), "rss", e.rss(), "starttime", e.starttime()));
    }
    return Tables.array(rows);
  }

  /** A real (0) or effective (1) id from /proc/self/status. */
  private static Object id(String key, int which) {
    String v = ProcTable.selfStatus(key);
    return v == null ? null : (Object) Double.parseDouble(v.split("\\s+")[which]);
  }

  // proc.setuid (user) / proc.setgid (group) -> true: for every thread of the process (glibc's wrappers)
  private static void setId(Args args, boolean user) throws OsError {
    Object who = args.checkAny(1);
    if (user) Native.check(Native.libc().setuid(Accounts.uid(who)), "setuid");
    else Native.check(Native.libc().setgid(Accounts.gid(who)), "setgid");
  }

  // proc.kill (pid [, sig]) -> true
  private static Object kill(Args args) {
    long pid = args.checkInteger(1);
    int sig = signal(args, 2, 15);
    return OsError.succeed(() -> Native.check(Native.libc().kill((int) pid, sig), Long.toString(pid)));
  }

  /** A signal argument: a number or a name with or without SIG. */
  static int signal(Args args, int i, int def) {
    if (args.isNoneOrNil(i)) return def;
    if (args.arg(i) instanceof Double d) {
      if (d < 0 || d > Signals.MAX || d != Math.floor(d)) throw args.argError(i, "invalid signal " + Values.toDisplayString(d));
      return d.intValue();
    }
    String name = args.checkString(i);
    int n = Signals.number(name);
    if (n < 0) throw args.argError(i, "unknown signal '" + name + "'");
    return n;
  }

  // proc.spawn (spec) -> pid
  private static Object spawn(Args args) {
    LuaTable t = args.checkTable(1);
    Object exec = t.rawget("exec");
    if (!(exec instanceof String program)) throw args.argError(1, "'exec' must be a string");
    List<String> argv = new ArrayList<>();
    argv.add(program);
    if (t.rawget("arg") instanceof LuaTable arg) {
      for (int i = 1; arg.rawget(i) != null; i++) argv.add(Values.toDisplayString(arg.rawget(i)));
    }
    flushLuaStdout(args);
    return OsError.call(() -> {
      try (Launch launch = new Launch()) {
        launch.daemon(args, 1, t);
        launch.newSession = true;
        return (double) Children.spawn(launch.spec(program, argv), null);
      }
    });
  }

  // proc.wait (pid [, {nohang}]) -> {pid, code, signal, core} (nil while running, with nohang)
  private static Object waitFor(Args args) {
    int pid = args.checkInt(1);
    boolean nohang = Options.of(args, 2, "nohang").flag("nohang");
    return OsError.call(() -> {
      Exit e = Traps.installed() && !nohang ? waitWithTraps(args, pid) : Children.await(pid, nohang);
      return e == null ? null : exitTable(e);
    });
  }

  /** Waits in slices so that trapped signals run their handlers meanwhile. */
  private static Exit waitWithTraps(Args args, int pid) throws OsError {
    while (true) {
      Exit e = Children.await(pid, true);
      if (e != null) return e;
      Traps.await(20_000_000L);
      Traps.run(args.thread());
    }
  }

  static LuaTable exitTable(Exit e) {
    return Tables.record("pid", e.pid(), "code", e.signal() == null ? (Object) e.code() : null,
        "signal", e.signal(), "core", e.core());
  }

  // proc.run (argv [, {cwd, env, stdin, capture}]) -> ok, code, output
  private static Object run(Args args) {
    LuaTable t = args.checkTable(1);
    List<String> argv = new ArrayList<>();
    for (int i = 1; t.rawget(i) != null; i++) {
      String s = Values.toStringCoerced(t.rawget(i));
      if (s == null) throw args.argError(1, "argv must be an array of strings");
      argv.add(s);
    }
    if (argv.isEmpty()) throw args.argError(1, "argv is empty");
    Options opts = Options.of(args, 2, "capture", "cwd", "env", "stdin");
    boolean capture = opts.flag("capture");
    String input = opts.has("stdin") ? opts.string("stdin", null) : null;
    flushLuaStdout(args);
    return OsError.call(() -> {
      int[] in = null;
      int[] out = null;
      try (Launch launch = new Launch()) {
        launch.env(args, 2, opts.value("env"));
        launch.cwd(args, 2, opts.value("cwd"));
        String program = launch.findProgram(argv.get(0));
        if (input != null) {
          in = Descriptors.pipe();
          launch.fds[0] = in[0];
        }
        if (capture) {
          out = Descriptors.pipe();
          launch.fds[1] = out[1];
        }
        int pid = Children.spawn(launch.spec(program, argv), null);
        Thread feeder = null;
        if (in != null) {
          Descriptors.close(in[0]);
          int w = in[1];
          in = null;
          feeder = new Thread(() -> {
            try {
              Descriptors.writeAll(w, input);
            } catch (OsError e) {
              // the program stopped reading (EPIPE): its exit status tells
            } finally {
              Descriptors.close(w);
            }
          }, "jlua-run-stdin");
          feeder.setDaemon(true);
          feeder.start();
        }
        String output = null;
        if (out != null) {
          Descriptors.close(out[1]);
          out[1] = -1;
          output = Descriptors.readAll(out[0]);
        }
        Exit e = Traps.installed() ? waitWithTraps(args, pid) : Children.await(pid, false);
        if (feeder != null) feeder.join();
        int code = e.signal() != null ? 128 + Signals.number(e.signal()) : e.code();
        return new Object[] {e.success(), (double) code, output};
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw OsError.of(argv.get(0), Errnos.EINTR);
      } finally {
        if (in != null) {
          Descriptors.close(in[0]);
          Descriptors.close(in[1]);
        }
        if (out != null) {
          Descriptors.close(out[0]);
          Descriptors.close(out[1]);
        }
      }
    });
  }

  // proc.sleep (seconds) -> seconds left: 0, or more when a trapped signal's handler ran
  private static Object sleep(Args args) {
    double seconds = args.checkNumber(1);
    if (seconds <= 0) return 0.0;
    long nanos = (long) (seconds * 1e9);
    if (Traps.installed()) {
      long left = Traps.await(nanos);
      Traps.run(args.thread());
      return left / 1e9;
    }
    try {
      Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0.0;
  }

  // proc.trap (sig, fn | nil) -> true
  private static Object trap(Args args) {
    int sig = signal(args, 1, -1);
    if (sig < 0) throw args.argError(1, "signal expected");
    String refused = Traps.refusal(sig);
    if (refused != null) throw args.argError(1, "signal " + Signals.name(sig) + " " + refused);
    LuaFunction fn = args.isNoneOrNil(2) ? null : args.checkFunction(2);
    try {
      Traps.set(sig, Signals.name(sig), fn);
    } catch (IllegalArgumentException e) {
      throw args.argError(1, "signal " + Signals.name(sig) + " cannot be trapped here (" + e.getMessage() + ")");
    }
    return Boolean.TRUE;
  }

  private static void flushLuaStdout(Args args) {
    try {
      args.global().stdout.flush();
    } catch (java.io.IOException e) {
      // the child's output still goes to the same descriptor
    }
  }


}

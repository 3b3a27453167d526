package jlua.lib;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.lib.os.BrokenDownTime;
import jlua.lib.os.Locales;
import jlua.lib.os.Strftime;
import jlua.lib.os.Zone;
import jlua.vm.Coroutine;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/** The operating system library (reference manual §5.8), with glibc's behaviour in the C locale. */
public final class OsLib {
  private OsLib() {}

  static void open(Lua lua) {
    lua.library("os", FunctionSet.of(lua, Os.values()));
  }

  /** The library's functions (see {@link FunctionSet}). */
  private enum Os implements JavaFunction.Body {
    CLOCK, DATE, DIFFTIME, EXECUTE, EXIT, GETENV, REMOVE, RENAME, SETLOCALE, TIME, TMPNAME;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case CLOCK -> clock(a);
        case DATE -> date(a);
        case DIFFTIME -> difftime(a);
        case EXECUTE -> execute(a);
        case EXIT -> exit(a);
        case GETENV -> getenv(a);
        case REMOVE -> remove(a);
        case RENAME -> rename(a);
        case SETLOCALE -> setlocale(a);
        case TIME -> time(a);
        case TMPNAME -> tmpname(a);
      };
    }
  }

  // os.clock () -> CPU seconds used by the program
  private static Object clock(Args args) {
    // the Lua thread's CPU time, to the nanosecond: what C's clock() measures of a one-threaded lua5.1
    // (the JVM's compiler and collector threads are not the program's; process CPU time is only kept
    // in 10 ms ticks)
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  // os.date ([format [, time]]) -> string | table | nil
  private static Object date(Args args) {
    String format = args.optString(1, "%c");
    long t = args.isNoneOrNil(2) ? now() : Values.toInteger(args.checkNumber(2)); // C's (time_t) cast
    Zone zone = Zone.current();
    BrokenDownTime tm;
    if (format.startsWith("!")) {
      tm = BrokenDownTime.utc(t);
      format = format.substring(1);
    } else {
      tm = BrokenDownTime.local(t, zone);
    }
    if (tm == null) return null; // the year does not fit C's struct tm
    if (format.equals("*t")) {
      LuaTable r = new LuaTable(0, 9);
      r.rawset("sec", (double) tm.sec);
      r.rawset("min", (double) tm.min);
      r.rawset("hour", (double) tm.hour);
      r.rawset("day", (double) tm.day);
      r.rawset("month", (double) tm.month);
      r.rawset("year", (double) tm.year);
      r.rawset("wday", (double) (tm.wday + 1));
      r.rawset("yday", (double) (tm.yday + 1));
      r.rawset("isdst", tm.isdst);
      return r;
    }
    return Strftime.format(format, tm, zone);
  }

  private static long now() {
    return Math.floorDiv(System.currentTimeMillis(), 1000);
  }

  // os.time ([table]) -> seconds since the epoch | nil
  private static Object time(Args args) {
    if (args.isNoneOrNil(1)) return (double) now();
    LuaTable t = args.checkTable(1);
    Coroutine L = args.thread();
    int sec = field(L, t, "sec", 0);
    int min = field(L, t, "min", 0);
    int hour = field(L, t, "hour", 12);
    int day = field(L, t, "day", -1);
    int month = field(L, t, "month", -1) - 1;
    int year = field(L, t, "year", -1) - 1900; // int arithmetic, as C's tm_year
    Object dst = MetaOps.index(L, t, "isdst", -1);
    int isdst = dst == null ? -1 : Values.isFalse(dst) ? 0 : 1;
    int inMinute = Math.max(0, Math.min(59, sec)); // glibc adds seconds beyond the minute after converting
    Long wall = BrokenDownTime.wallSeconds(year, month, day, hour, min, inMinute);
    if (wall == null) return null;
    long result = Zone.current().toEpoch(wall, isdst) + (sec - inMinute);
    if (result == -1) return null; // mktime's error value, even when it is a real time
    if (BrokenDownTime.local(result, Zone.current()) == null) return null;
    return (double) result;
  }

  /** 5.1's getfield: t[key] (with metamethods) as a C int, or the default; -1 means required. */
  private static int field(Coroutine L, LuaTable t, String key, int def) {
    Double d = Values.toNumber(MetaOps.index(L, t, key, -1));
    if (d != null) return (int) Values.toInteger(d);
    if (def < 0) throw new LuaError("field '" + key + "' missing in date table");
    return def;
  }

  // os.difftime (t2 [, t1]) -> t2 - t1, both truncated to time_t first
  private static Object difftime(Args args) {
    long t2 = Values.toInteger(args.checkNumber(1));
    long t1 = Values.toInteger(args.optNumber(2, 0));
    return (double) t2 - (double) t1;
  }

  // os.execute ([command]) -> wait status (exit code * 256), or nonzero when no command is given
  private static Object execute(Args args) {
    String command = args.optString(1, null);
    if (command == null) return Files.isExecutable(Path.of("/bin/sh")) ? 1.0 : 0.0;
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", Platform.toJava(command)).inheritIO()
        .directory(jlua.api.Cwd.get().toFile());
    try {
      Process p = pb.start();
      return (double) (waitFor(p) << 8);
    } catch (IOException e) {
      return 127.0 * 256; // system() reports a shell that could not run as exit status 127
    }
  }

  private static int waitFor(Process p) {
    boolean interrupted = false;
    try {
      for (;;) {
        try {
          return p.waitFor() & 0xff;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  // os.exit ([code]) -- flushes every open file, as exit(3) does
  private static Object exit(Args args) {
    int code = args.optInt(1, 0);
    IoLib.flushAll(args.global());
    try {
      args.global().stdout.flush();
    } catch (IOException e) {
      // exit(3) ignores flush errors too
    }
    System.exit(code);
    return null;
  }

  // os.getenv (name) -> string | nil
  private static Object getenv(Args args) {
    String value = System.getenv(Platform.toJava(args.checkString(1)));
    return value == null ? null : Platform.toLua(value);
  }

  // os.remove (name) -> true | nil, message, errno (files and empty directories)
  private static Object remove(Args args) {
    String name = args.checkString(1);
    try {
      Files.delete(Platform.path(name));
      return Boolean.TRUE;
    } catch (IOException e) {
      return OsErrors.failure(name, e);
    }
  }

  // os.rename (from, to) -> true | nil, message, errno
  private static Object rename(Args args) {
    String from = args.checkString(1);
    String to = args.checkString(2);
    try {
      Files.move(Platform.path(from), Platform.path(to), StandardCopyOption.ATOMIC_MOVE); // rename(2)
      return Boolean.TRUE;
    } catch (IOException e) {
      return OsErrors.failure(from, e);
    }
  }

  // os.setlocale ([locale [, category]]) -> name | nil
  private static Object setlocale(Args args) {
    String locale = args.optString(1, null);
    int category = args.checkOption(2, "all", "all", "collate", "ctype", "monetary", "numeric", "time");
    String[] names = {"LC_ALL", "LC_COLLATE", "LC_CTYPE", "LC_MONETARY", "LC_NUMERIC", "LC_TIME"};
    return Locales.set(names[category], locale);
  }

  private static final String TMP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final class TmpNames {
    static final SecureRandom RANDOM = new SecureRandom(); // created at the first tmpname only
  }

  // os.tmpname () -> name of a new empty file, as mkstemp("/tmp/lua_XXXXXX") makes it
  private static Object tmpname(Args args) {
    for (int attempt = 0; attempt < 100; attempt++) {
      StringBuilder name = new StringBuilder("/tmp/lua_");
      for (int i = 0; i < 6; i++) name.append(TMP_CHARS.charAt(TmpNames.RANDOM.nextInt(TMP_CHARS.length())));
      try {
        Files.createFile(Path.of(name.toString()),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return name.toString();
      } catch (FileAlreadyExistsException e) {
        // try another name
      } catch (IOException | UnsupportedOperationException e) {
        break;
      }
    }
    throw new LuaError("unable to generate a unique filename");
  }
}

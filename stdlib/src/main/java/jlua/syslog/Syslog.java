package jlua.syslog;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.net.Sockets;
import jlua.process.SafePoint;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;

/**
 * The {@code syslog} module: {@code open(ident [, facility [, {path}]])}, {@code log(priority, message)},
 * {@code close()}. Each message is one RFC 3164 datagram {@code <PRI>Mmm dd hh:mm:ss ident[pid]: message}
 * on a Unix datagram socket connected to /dev/log (or {@code path}), connected at the first log after
 * open; a message sent when the log daemon has restarted reconnects once.
 */
public final class Syslog {
  private Syslog() {}

  static final List<String> PRIORITIES = List.of("emerg", "alert", "crit", "err", "warning", "notice", "info", "debug");
  static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
      "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron",
      "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);

  /** The open connection of this Lua state. */
  private static final class State {
    String ident = "lua";
    int facility = 1; // user
    String path = "/dev/log";
    int fd = -1;
  }

  static LuaTable open(Lua lua) {
    State st = new State();
    return lua.library("syslog",
        fn(lua, "close", a -> close(st)),
        fn(lua, "log", a -> log(st, a)),
        fn(lua, "open", a -> openLog(st, a)));
  }

  private static JavaFunction fn(Lua lua, String name, JavaFunction.Body body) {
    return lua.function(name, SafePoint.of(body));
  }

  // syslog.open (ident [, facility [, {path}]]) -> true
  private static Object openLog(State st, Args args) {
    String ident = args.checkString(1);
    int facility = args.isNoneOrNil(2) ? 1 : facility(args, 2);
    Options o = Options.of(args, 3, "path");
    close(st);
    st.ident = ident;
    st.facility = facility;
    st.path = o.string("path", "/dev/log");
    return Boolean.TRUE;
  }

  private static int facility(Args args, int i) {
    String name = args.checkString(i);
    int f = FACILITIES.indexOf(name.toLowerCase(Locale.ROOT));
    if (f < 0) throw args.argError(i, "unknown facility '" + name + "'");
    return f;
  }

  // syslog.log (priority, message) -> true
  private static Object log(State st, Args args) {
    String name = args.checkString(1);
    int prio = PRIORITIES.indexOf(name.toLowerCase(Locale.ROOT));
    if (prio < 0) {
      prio = switch (name.toLowerCase(Locale.ROOT)) {
        case "error" -> 3;
        case "warn" -> 4;
        case "panic" -> 0;
        default -> throw args.argError(1, "unknown priority '" + name + "'");
      };
    }
    String message = args.checkString(2);
    String line = format(st.facility * 8 + prio, ZonedDateTime.now(), st.ident, ProcessHandle.current().pid(), message);
    byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
    return OsError.succeed(() -> {
      for (int attempt = 0; ; attempt++) {
        if (st.fd < 0) st.fd = Sockets.unixDatagramConnected(st.path);
        if (Native.libc().send(st.fd, b, b.length, 0x4000) >= 0) return;
        int errno = Native.errno();
        Native.libc().close(st.fd);
        st.fd = -1;
        if (attempt > 0) throw OsError.of(st.path, errno);
      }
    });
  }

  /** {@code <PRI>Mmm dd hh:mm:ss ident[pid]: message} (RFC 3164 §4.1; the day padded with a space). */
  static String format(int pri, ZonedDateTime time, String ident, long pid, String message) {
    return "<" + pri + ">" + STAMP.format(time) + " " + ident + "[" + pid + "]: " + message;
  }

  // syslog.close () -> true
  private static Object close(State st) {
    if (st.fd >= 0) Native.libc().close(st.fd);
    st.fd = -1;
    return Boolean.TRUE;
  }
}

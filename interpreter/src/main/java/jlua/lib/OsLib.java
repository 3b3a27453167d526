package jlua.lib;

import jlua.api.Args;
import jlua.api.Lua;

/** The operating system library (reference manual §5.8). */
public final class OsLib {
  private OsLib() {}

  static void open(Lua lua) {
    lua.library("os",
        lua.function("clock", OsLib::clock),
        lua.function("exit", OsLib::exit),
        lua.function("getenv", OsLib::getenv),
        lua.function("time", OsLib::time));
  }

  // os.clock () -> CPU seconds used by the program
  private static Object clock(Args args) {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    return bean.getCurrentThreadCpuTime() / 1e9;
  }

  // os.exit ([code]) -- flushes C's stdout buffer, as exit(3) does
  private static Object exit(Args args) {
    int code = args.optInt(1, 0);
    try {
      args.global().stdout.flush();
    } catch (java.io.IOException e) {
      // exit(3) ignores flush errors too
    }
    System.exit(code);
    return null;
  }

  // os.getenv (name) -> string | nil
  private static Object getenv(Args args) {
    return System.getenv(args.checkString(1));
  }

  // os.time () -> seconds since the epoch
  private static Object time(Args args) {
    return (double) (System.currentTimeMillis() / 1000);
  }
}

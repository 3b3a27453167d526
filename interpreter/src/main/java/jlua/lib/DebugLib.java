package jlua.lib;

import jlua.api.Args;
import jlua.api.Lua;
import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.Values;

/** The debug library (reference manual §5.9). */
public final class DebugLib {
  private DebugLib() {}

  static void open(Lua lua) {
    lua.library("debug",
        lua.function("traceback", DebugLib::traceback));
  }

  // debug.traceback ([thread,] [message [, level]]) -> string
  private static Object traceback(Args args) {
    int arg = 0;
    Coroutine L = args.thread();
    Coroutine target = L;
    if (args.arg(1) instanceof Coroutine co) {
      target = co;
      arg = 1;
    }
    int level;
    if (args.isNumber(arg + 2)) {
      level = args.checkInt(arg + 2);
    } else {
      level = target == L ? 1 : 0;
    }
    String message;
    if (args.count() <= arg) {
      message = null;
    } else {
      Object m = args.arg(arg + 1);
      if (!(m instanceof String) && !(m instanceof Double)) return m;
      message = Values.toStringCoerced(m);
    }
    return DebugInfo.traceback(target, message, level);
  }
}

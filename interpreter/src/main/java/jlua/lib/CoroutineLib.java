package jlua.lib;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.LuaClosure;
import jlua.vm.Resume;

/** The coroutine library (reference manual §5.2). */
public final class CoroutineLib {
  private CoroutineLib() {}

  static void open(Lua lua) {
    lua.library("coroutine", FunctionSet.of(lua, Co.values()));
  }

  /** The library's functions (see {@link FunctionSet}). */
  private enum Co implements JavaFunction.Body {
    CREATE, RESUME, RUNNING, STATUS, WRAP, YIELD;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case CREATE -> create(a);
        case RESUME -> resume(a);
        case RUNNING -> running(a);
        case STATUS -> status(a);
        case WRAP -> wrap(a.global().owner, a);
        case YIELD -> CoroutineLib.yield(a);
      };
    }
  }

  // coroutine.create (f) -> thread
  private static Object create(Args args) {
    if (!(args.arg(1) instanceof LuaClosure f)) throw args.argError(1, "Lua function expected");
    return Resume.create(args.thread(), f);
  }

  private static Coroutine checkCoroutine(Args args, int i) {
    if (args.arg(i) instanceof Coroutine co) return co;
    throw args.argError(i, "coroutine expected");
  }

  // coroutine.resume (co [, val1, ...]) -> true, ... | false, message
  private static Object resume(Args args) {
    Coroutine co = checkCoroutine(args, 1);
    Coroutine L = args.thread();
    L.push(Boolean.TRUE);
    int n = Resume.resume(L, co, args.slot(2), args.count() - 1);
    if (n < 0) {
      L.stack[L.top - 2] = Boolean.FALSE; // false, message
      return args.stackResults(2);
    }
    return args.stackResults(n + 1);
  }

  // coroutine.running () -> thread | nil (in the main thread)
  private static Object running(Args args) {
    Coroutine L = args.thread();
    return L == args.global().mainThread ? null : L;
  }

  // coroutine.status (co) -> string
  private static Object status(Args args) {
    return Resume.status(args.thread(), checkCoroutine(args, 1));
  }

  // coroutine.wrap (f) -> function that resumes, propagating errors
  private static Object wrap(Lua lua, Args args) {
    if (!(args.arg(1) instanceof LuaClosure f)) throw args.argError(1, "Lua function expected");
    Coroutine co = Resume.create(args.thread(), f);
    return lua.function("wrap", call -> {
      Coroutine L = call.thread();
      int n = Resume.resume(L, co, call.slot(1), call.count());
      if (n >= 0) return call.stackResults(n);
      Object err = L.getBoxed(--L.top);
      if (err instanceof String || err instanceof Double) {
        err = DebugInfo.where(L, call.callLevel() - 1) + jlua.vm.Values.toStringCoerced(err);
      }
      throw LuaError.raw(err);
    });
  }

  // coroutine.yield (...) -> values passed to the next resume
  private static Object yield(Args args) {
    return Resume.yield(args.thread(), args.slot(1), args.count());
  }
}

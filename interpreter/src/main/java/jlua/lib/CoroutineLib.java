package jlua.lib;

import jlua.api.Args;
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
    lua.library("coroutine",
        lua.function("create", CoroutineLib::create),
        lua.function("resume", CoroutineLib::resume),
        lua.function("running", CoroutineLib::running),
        lua.function("status", CoroutineLib::status),
        lua.function("wrap", args -> wrap(lua, args)),
        lua.function("yield", CoroutineLib::yield));
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
    Resume.Outcome r = Resume.resume(args.thread(), co, args.from(2));
    Object[] out = new Object[r.values().length + 1];
    out[0] = r.ok();
    System.arraycopy(r.values(), 0, out, 1, r.values().length);
    return out;
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
      Resume.Outcome r = Resume.resume(call.thread(), co, call.from(1));
      if (r.ok()) return r.values();
      Object err = r.values()[0];
      if (err instanceof String || err instanceof Double) {
        Coroutine L = call.thread();
        err = DebugInfo.where(L, call.callLevel() - 1) + jlua.vm.Values.toStringCoerced(err);
      }
      throw LuaError.raw(err);
    });
  }

  // coroutine.yield (...) -> values passed to the next resume
  private static Object yield(Args args) {
    return Resume.yield(args.thread(), args.from(1));
  }
}

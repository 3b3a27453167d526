package jlua.vm;

import jlua.api.LuaError;
import jlua.api.LuaFunction;

/**
 * Switching coroutines (5.1's lua_resume / lua_yield). A coroutine runs on the Java stack of whoever
 * resumes it, in its own Lua stack; yielding returns from the VM loop, leaving the coroutine's frames
 * in place for the next resume. No Java thread per coroutine.
 */
public final class Resume {
  private Resume() {}

  /** The outcome of a resume: whether it succeeded and the values passed out (or the error). */
  public record Outcome(boolean ok, Object[] values) {}

  /** 5.1's costatus names: "running", "suspended", "normal" or "dead" as seen from L. */
  public static String status(Coroutine L, Coroutine co) {
    if (L == co) return "running";
    switch (co.status) {
      case SUSPENDED:
        return co.started && co.ci == 0 && co.top <= 1 ? "dead" : "suspended";
      case NORMAL:
      case RUNNING:
        return "normal";
      default:
        return "dead";
    }
  }

  /** Creates a coroutine for {@code body}. */
  public static Coroutine create(Coroutine L, LuaFunction body) {
    Coroutine co = L.global.newCoroutine(L.env);
    co.stack[co.top++] = body;
    return co;
  }

  /** coroutine.resume's core: runs co until it yields, returns or fails. */
  public static Outcome resume(Coroutine L, Coroutine co, Object[] args) {
    String st = status(L, co);
    if (!st.equals("suspended")) {
      return new Outcome(false, new Object[] {"cannot resume " + st + " coroutine"});
    }
    if (L.nCcalls >= Coroutine.MAX_C_CALLS) return new Outcome(false, new Object[] {"C stack overflow"});
    co.ensureStack(args.length + 1);
    for (Object a : args) co.setBoxed(co.top++, a);
    co.nCcalls = L.nCcalls + 1;
    co.baseCcalls = co.nCcalls;
    GlobalState g = L.global;
    Coroutine previous = g.running;
    L.status = Coroutine.Status.NORMAL;
    co.status = Coroutine.Status.RUNNING;
    g.running = co;
    try {
      run(co, args.length);
      Object[] out = co.transfer != null ? co.transfer : takeResults(co);
      co.transfer = null;
      return new Outcome(true, out);
    } catch (LuaError | StackOverflowError | OutOfMemoryError e) {
      co.status = Coroutine.Status.DEAD;
      co.transfer = null;
      return new Outcome(false, new Object[] {Calls.asLuaError(co, e).value()});
    } finally {
      g.running = previous;
      L.status = Coroutine.Status.RUNNING;
    }
  }

  private static void run(Coroutine co, int nargs) {
    if (!co.started) {
      co.started = true;
      int func = co.top - nargs - 1;
      if (Calls.precall(co, func, -1) == Calls.LUA) {
        co.calls[co.ci].entry = true;
        Interpreter.execute(co);
      }
    } else {
      // frames that nested VM entries ran for compiled code are plain Lua frames now the Java stack
      // that ran them is gone: only the coroutine's body (frame 1) ends the VM loop
      for (int i = 2; i <= co.ci; i++) co.calls[i].entry = false;
      // finish the CALL of yield that suspended the coroutine: the resume arguments are its results
      CallInfo yieldCall = co.calls[co.ci];
      Object[] values = new Object[nargs];
      for (int i = 0; i < nargs; i++) values[i] = co.getBoxed(co.top - nargs + i);
      boolean fixed = yieldCall.nResults >= 0;
      Calls.storeJavaResults(co, yieldCall, values);
      if (fixed) co.top = co.calls[co.ci].top;
      Interpreter.execute(co);
    }
    if (co.transfer == null) co.status = Coroutine.Status.DEAD; // the body returned
  }

  private static Object[] takeResults(Coroutine co) {
    Object[] out = new Object[co.top - 1];
    for (int i = 0; i < out.length; i++) out[i] = co.getBoxed(1 + i);
    co.top = 1;
    return out;
  }

  /** coroutine.yield's core: marks the coroutine suspended; the VM then leaves its loop. */
  public static Object yield(Coroutine L, Object[] values) {
    if (L.nCcalls > L.baseCcalls || L == L.global.mainThread) {
      throw LuaError.raw("attempt to yield across metamethod/C-call boundary");
    }
    L.transfer = values;
    L.status = Coroutine.Status.SUSPENDED;
    return Calls.YIELD;
  }
}

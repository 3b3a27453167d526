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

  /**
   * coroutine.resume's core: runs co with L's values at argFirst .. argFirst+argCount-1 as arguments
   * (or yield results), then pushes onto L's stack what it yielded or returned and returns their
   * count; on failure pushes the error value and returns -1. Values move stack to stack, unboxed.
   */
  public static int resume(Coroutine L, Coroutine co, int argFirst, int argCount) {
    String st = status(L, co);
    if (!st.equals("suspended")) return failure(L, "cannot resume " + st + " coroutine");
    if (L.nCcalls >= Coroutine.MAX_C_CALLS) return failure(L, "C stack overflow");
    co.ensureStack(argCount + 1);
    copy(L, argFirst, co, co.top, argCount);
    co.top += argCount;
    co.nCcalls = L.nCcalls + 1;
    co.baseCcalls = co.nCcalls;
    GlobalState g = L.global;
    Coroutine previous = g.running;
    L.status = Coroutine.Status.NORMAL;
    co.status = Coroutine.Status.RUNNING;
    g.running = co;
    try {
      run(co, argCount);
      int first;
      int count;
      if (co.yielded) {
        first = co.yieldFirst;
        count = co.yieldCount;
      } else { // the body returned: its results are above the coroutine's base slot
        first = 1;
        count = co.top - 1;
      }
      L.ensureStack(count);
      copy(co, first, L, L.top, count);
      L.top += count;
      if (co.yielded) co.top = first; // the yielded values now belong to the resumer
      else co.top = 1;
      co.yielded = false;
      return count;
    } catch (LuaError | StackOverflowError | OutOfMemoryError e) {
      co.status = Coroutine.Status.DEAD;
      co.yielded = false;
      L.push(Calls.asLuaError(co, e).value());
      return -1;
    } finally {
      g.running = previous;
      L.status = Coroutine.Status.RUNNING;
    }
  }

  private static int failure(Coroutine L, String message) {
    L.push(message);
    return -1;
  }

  /** Copies n slots (values and number slots) from one coroutine's stack to another's. */
  static void copy(Coroutine from, int src, Coroutine to, int dst, int n) {
    Calls.copySlots(from.stack, from.nums, src, to.stack, to.nums, dst, n);
  }

  private static void run(Coroutine co, int nargs) {
    if (!co.started) {
      co.started = true;
      int func = co.top - nargs - 1;
      if (Calls.precall(co, func, -1) == Calls.LUA) {
        Interpreter.executeEntry(co);
      }
    } else {
      // frames that nested VM entries ran for compiled code are plain Lua frames now the Java stack
      // that ran them is gone: only the coroutine's body (frame 1) ends the VM loop
      for (int i = 2; i <= co.ci; i++) co.calls[i].entry = false;
      // finish the CALL of yield that suspended the coroutine: the resume arguments (on top of the
      // coroutine's stack) are its results
      co.yielded = false;
      CallInfo yieldCall = co.calls[co.ci];
      boolean fixed = yieldCall.nResults >= 0;
      co.stackResults = nargs;
      Calls.storeJavaResults(co, yieldCall, Calls.STACK_RESULTS);
      if (fixed) co.top = co.calls[co.ci].top;
      Interpreter.continueTop(co);
    }
    if (!co.yielded) co.status = Coroutine.Status.DEAD; // the body returned
  }

  /**
   * coroutine.yield's core: marks the coroutine suspended with the values at first .. first+count-1
   * as what the resume returns; the VM then leaves its loop.
   */
  public static Object yield(Coroutine L, int first, int count) {
    if (L.nCcalls > L.baseCcalls || L == L.global.mainThread) {
      throw LuaError.raw("attempt to yield across metamethod/C-call boundary");
    }
    L.yielded = true;
    L.yieldFirst = first;
    L.yieldCount = count;
    L.status = Coroutine.Status.SUSPENDED;
    return Calls.YIELD;
  }
}

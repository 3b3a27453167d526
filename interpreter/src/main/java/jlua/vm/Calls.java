package jlua.vm;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;

/**
 * Calling functions (5.1's ldo.c): setting up Lua frames, running Java functions, moving results, and
 * the Java-level entry into the VM used by library code, metamethods and the embedding API.
 */
public final class Calls {
  private Calls() {}

  /** precall outcomes. */
  static final int LUA = 0; // a Lua frame was pushed: the caller runs it
  static final int JAVA = 1; // a Java function ran; its results are in place
  static final int YIELDED = 2; // a Java function asked the coroutine to suspend

  /** Returned by a Java function body to suspend the running coroutine (see coroutine.yield). */
  public static final Object YIELD = new Object();

  /**
   * Returned by a Java function body whose results are the top {@link Coroutine#stackResults} slots
   * of the stack, pushed there unboxed (5.1's C functions "return n"); see {@link Args#stackResults}.
   */
  public static final Object STACK_RESULTS = new Object();

  /** Returned by a Java function body whose one result is {@link Coroutine#numberResult}, unboxed. */
  public static final Object NUMBER_RESULT = new Object();

  private static final int JAVA_MIN_STACK = 20; // LUA_MINSTACK: free slots a Java function may use

  /**
   * Prepares the call of the value at {@code func} with arguments up to {@code L.top} (5.1's
   * luaD_precall). Resolves {@code __call}.
   */
  static int precall(Coroutine L, int func, int nResults) {
    Object fn = L.stack[func];
    if (!(fn instanceof LuaFunction)) fn = insertCallMetamethod(L, func, fn);
    if (fn instanceof LuaClosure cl) {
      enterLua(L, func, cl, nResults);
      return LUA;
    }
    return callJava(L, func, (JavaFunction) fn, nResults);
  }

  /** 5.1's tryfuncTM: calls {@code __call(fn, args...)} in place of a non-function. */
  private static Object insertCallMetamethod(Coroutine L, int func, Object fn) {
    Object tm = MetaOps.metamethod(L.global, fn, MetaOps.TM_CALL);
    if (!(tm instanceof LuaFunction)) throw Errors.typeError(L, fn, "call", func);
    L.ensureStack(1);
    Object[] s = L.stack;
    double[] n = L.nums;
    for (int p = L.top; p > func; p--) {
      s[p] = s[p - 1];
      n[p] = n[p - 1];
    }
    L.top++;
    s[func] = tm;
    return tm;
  }

  /** Pushes a frame for a Lua function whose arguments are at func+1 .. top-1. */
  static void enterLua(Coroutine L, int func, LuaClosure cl, int nResults) {
    Proto p = cl.p;
    if (L.top + p.maxStackSize > L.stack.length) L.growStack(L.top + p.maxStackSize);
    int base;
    if (p.isVararg == 0) {
      base = func + 1;
      if (L.top > base + p.numParams) L.top = base + p.numParams;
    } else {
      base = adjustVarargs(L, p, L.top - func - 1);
    }
    CallInfo ci = L.pushCall();
    ci.func = func;
    ci.base = base;
    ci.top = base + p.maxStackSize;
    if (ci.top > L.stack.length) L.growStack(ci.top);
    ci.savedPc = 0;
    ci.nResults = nResults;
    ci.function = cl;
    ci.isLua = true;
    Object[] s = L.stack;
    for (int st = L.top, end = base + p.nilFill; st < end; st++) s[st] = null;
    L.top = ci.top;
    if ((L.hookMask & Hooks.MASK_CALL) != 0) Hooks.callHook(L, ci);
  }

  /** 5.1's adjust_varargs: fixed parameters move above the extra arguments (and the compat 'arg'). */
  private static int adjustVarargs(Coroutine L, Proto p, int actual) {
    int nFixed = p.numParams;
    L.ensureStack(nFixed + 2);
    Object[] s = L.stack;
    double[] n = L.nums;
    for (; actual < nFixed; actual++) s[L.top++] = null;
    LuaTable argTable = null;
    if ((p.isVararg & Proto.VARARG_NEEDSARG) != 0) {
      int nExtra = actual - nFixed;
      argTable = new LuaTable(nExtra, 1);
      for (int i = 0; i < nExtra; i++) argTable.rawset(i + 1, L.getBoxed(L.top - nExtra + i));
      argTable.rawset("n", (double) nExtra);
    }
    int fixed = L.top - actual;
    int base = L.top;
    for (int i = 0; i < nFixed; i++) {
      s[L.top] = s[fixed + i];
      n[L.top] = n[fixed + i];
      L.top++;
      s[fixed + i] = null;
    }
    if (argTable != null) s[L.top++] = argTable;
    return base;
  }

  /** Runs a Java function on the arguments at func+1 .. top-1 and places its results at func. */
  static int callJava(Coroutine L, int func, JavaFunction f, int nResults) {
    CallInfo ci = L.pushCall();
    int level = L.ci;
    ci.func = func;
    ci.base = func + 1;
    ci.top = L.top;
    ci.nResults = nResults;
    ci.function = f;
    ci.isLua = false;
    L.ensureStack(JAVA_MIN_STACK);
    if ((L.hookMask & Hooks.MASK_CALL) != 0) Hooks.callHook(L, ci);
    Object result;
    try {
      result = f.body().call(new Args(L, func + 1, L.top - func - 1, level));
    } catch (LuaError e) {
      if (e.needsPosition()) e.addPosition(DebugInfo.where(L, level - 1));
      throw e;
    } catch (StackOverflowError e) {
      throw Errors.runtime(L, "stack overflow");
    } catch (RuntimeException e) {
      throw internalError(L, level, e);
    }
    if (result == YIELD) return YIELDED;
    if ((L.hookMask & Hooks.MASK_RET) != 0) Hooks.returnHook(L, ci);
    storeJavaResults(L, ci, result);
    return JAVA;
  }

  /** A bug in a Java library function must not escape as a Java exception: it becomes a Lua error. */
  private static LuaError internalError(Coroutine L, int level, RuntimeException e) {
    LuaError err = new LuaError(e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : ""));
    err.addPosition(DebugInfo.where(L, level - 1));
    return err;
  }

  /** Moves a Java function's results to its function slot, pops its frame (5.1's luaD_poscall). */
  static void storeJavaResults(Coroutine L, CallInfo ci, Object result) {
    int res = ci.func;
    int wanted = ci.nResults;
    L.popCall();
    if (result == STACK_RESULTS) {
      int count = L.stackResults;
      int first = L.top - count;
      int limit = wanted < 0 ? count : wanted;
      if (res + limit + 1 > L.stack.length) L.growStack(res + limit + 1);
      int copied = Math.min(limit, count);
      moveDown(L.stack, L.nums, first, res, copied); // res < first: a forward copy is safe
      for (int i = copied; i < limit; i++) L.stack[res + i] = null;
      L.top = res + limit;
    } else if (result == NUMBER_RESULT) {
      if (wanted == 0) {
        L.top = res;
        return;
      }
      L.stack[res] = Values.NUM;
      L.nums[res] = L.numberResult;
      int limit = wanted < 0 ? 1 : wanted;
      for (int i = 1; i < limit; i++) L.stack[res + i] = null;
      L.top = res + limit;
    } else if (result instanceof Object[] values) {
      int count = values.length;
      int limit = wanted < 0 ? count : wanted;
      if (res + limit + 1 > L.stack.length) L.growStack(res + limit + 1);
      for (int i = 0; i < limit; i++) L.setBoxed(res + i, i < count ? values[i] : null);
      L.top = res + limit;
    } else {
      if (wanted == 0) {
        L.top = res;
        return;
      }
      L.setBoxed(res, result);
      int limit = wanted < 0 ? 1 : wanted;
      for (int i = 1; i < limit; i++) L.stack[res + i] = null;
      L.top = res + limit;
    }
  }

  /**
   * Returns from the current Lua frame with the results at first .. first+count-1, moving them to the
   * frame's function slot (5.1's luaD_poscall). Returns true when the caller wanted a fixed count.
   */
  static boolean returnFromLua(Coroutine L, int first, int count) {
    CallInfo ci = L.calls[L.ci];
    if ((L.hookMask & Hooks.MASK_RET) != 0) {
      L.top = first + count;
      Hooks.returnHook(L, ci);
      count = L.top - first;
    }
    int res = ci.func;
    int wanted = ci.nResults;
    L.popCall();
    Object[] s = L.stack;
    double[] n = L.nums;
    if (wanted < 0) {
      moveDown(s, n, first, res, count);
      L.top = res + count;
      return false;
    }
    int copied = Math.min(wanted, count);
    moveDown(s, n, first, res, copied);
    for (int i = copied; i < wanted; i++) s[res + i] = null;
    L.top = res + wanted;
    return true;
  }

  /** Copies count slots from first down to res (res <= first) within one stack. */
  static void moveDown(Object[] s, double[] n, int first, int res, int count) {
    copySlots(s, n, first, s, n, res, count);
  }

  /**
   * Copies n stack slots (values and number slots), forwards, so a copy down within one stack is
   * safe. Calls and switches usually move a value or two, for which a loop beats System.arraycopy's
   * set-up.
   */
  static void copySlots(Object[] fromStack, double[] fromNums, int src, Object[] toStack, double[] toNums, int dst,
      int n) {
    if (n <= 4) {
      for (int i = 0; i < n; i++) {
        toStack[dst + i] = fromStack[src + i];
        toNums[dst + i] = fromNums[src + i];
      }
    } else {
      System.arraycopy(fromStack, src, toStack, dst, n);
      System.arraycopy(fromNums, src, toNums, dst, n);
    }
  }

  // ---- Java-level entry: calling from library code, metamethods and the API -------------------

  /**
   * Calls the value at {@code func} with the arguments above it up to top (5.1's luaD_call). Results
   * are left at func..; with nResults = -1, top marks their end.
   */
  public static void call(Coroutine L, int func, int nResults) {
    if (++L.nCcalls >= Coroutine.MAX_C_CALLS) {
      if (L.nCcalls == Coroutine.MAX_C_CALLS) {
        throw Errors.runtime(L, "C stack overflow");
      } else if (L.nCcalls >= Coroutine.MAX_C_CALLS + (Coroutine.MAX_C_CALLS >> 3)) {
        throw LuaError.errorInErrorHandling();
      }
    }
    int outcome = precall(L, func, nResults);
    if (outcome == LUA) {
      Interpreter.executeEntry(L);
    } else if (outcome == YIELDED) {
      throw Errors.runtime(L, "attempt to yield across metamethod/C-call boundary");
    }
    L.nCcalls--;
  }

  /** Calls {@code fn(args...)} and returns all its results (boxed). */
  public static Object[] invoke(Coroutine L, Object fn, Object... args) {
    int func = L.top;
    L.ensureStack(args.length + 1);
    L.stack[L.top++] = fn;
    for (Object a : args) L.setBoxed(L.top++, a);
    call(L, func, -1);
    Object[] results = new Object[L.top - func];
    for (int i = 0; i < results.length; i++) results[i] = L.getBoxed(func + i);
    L.top = func;
    return results;
  }

  /** Calls {@code fn(args...)} and returns its first result (boxed), as metamethods need. */
  public static Object invoke1(Coroutine L, Object fn, Object a, Object b) {
    int func = L.top;
    L.ensureStack(3);
    Object[] s = L.stack;
    s[func] = fn;
    L.setBoxed(func + 1, a);
    L.setBoxed(func + 2, b);
    L.top = func + 3;
    call(L, func, 1);
    Object r = L.getBoxed(func);
    L.top = func;
    return r;
  }

  /** Calls {@code fn()} and returns its first result (boxed). */
  public static Object invokeWith0(Coroutine L, Object fn) {
    int func = L.top;
    L.ensureStack(1);
    L.stack[func] = fn;
    L.top = func + 1;
    call(L, func, 1);
    Object r = L.getBoxed(func);
    L.top = func;
    return r;
  }

  /** Calls {@code fn(a)} and returns its first result (boxed). */
  public static Object invokeWith1(Coroutine L, Object fn, Object a) {
    int func = L.top;
    L.ensureStack(2);
    L.stack[func] = fn;
    L.setBoxed(func + 1, a);
    L.top = func + 2;
    call(L, func, 1);
    Object r = L.getBoxed(func);
    L.top = func;
    return r;
  }

  /** Calls {@code fn(a, b, c)} discarding results (__newindex and friends). */
  public static void invoke0(Coroutine L, Object fn, Object a, Object b, Object c) {
    int func = L.top;
    L.ensureStack(4);
    L.stack[func] = fn;
    L.setBoxed(func + 1, a);
    L.setBoxed(func + 2, b);
    L.setBoxed(func + 3, c);
    L.top = func + 4;
    call(L, func, 0);
    L.top = func;
  }

  /**
   * Calls {@code fn(args...)} as lua_pcall does from Java: on error the coroutine is unwound to where
   * it was and the error is rethrown to the Java caller.
   */
  public static Object[] protectedInvoke(Coroutine L, Object fn, Object[] args) {
    Checkpoint cp = checkpoint(L);
    try {
      return invoke(L, fn, args);
    } catch (LuaError | StackOverflowError | OutOfMemoryError e) {
      LuaError err = asLuaError(L, e);
      restore(L, cp);
      throw err;
    }
  }

  /**
   * Calls the function at {@code func} (arguments above it up to top) protected, as lua_pcall: on
   * success returns null with the results at func..top; on error runs {@code handler} (if any) at the
   * error point, unwinds, and returns the error (its value possibly replaced by the handler's result).
   */
  public static LuaError pcall(Coroutine L, int func, int nResults, Object handler) {
    Checkpoint cp = new Checkpoint(L.ci, func, L.nCcalls, L.allowHook);
    try {
      call(L, func, nResults);
      return null;
    } catch (LuaError | StackOverflowError | OutOfMemoryError e) {
      LuaError err = asLuaError(L, e);
      if (handler != null) err = runHandler(L, handler, err);
      restore(L, cp);
      return err;
    }
  }

  /** A handler that is not a function: any error becomes "error in error handling". */
  public static final Object INVALID_HANDLER = new Object();

  /**
   * Runs an xpcall message handler on top of the failed frames, as 5.1's luaG_errormsg: an error in
   * the handler is handed to the handler again, until the C-call limit turns it into "error in error
   * handling".
   */
  private static LuaError runHandler(Coroutine L, Object handler, LuaError err) {
    if (!(handler instanceof jlua.api.LuaFunction) || err.isHandlerFailure()) return LuaError.errorInErrorHandling();
    CallInfo ci = L.calls[L.ci];
    if (L.top < ci.top) L.top = ci.top;
    try {
      Object v = invokeWith1(L, handler, err.value());
      LuaError handled = LuaError.raw(v);
      handled.setLuaTraceback(err.luaTraceback());
      return handled;
    } catch (LuaError e) {
      return runHandler(L, handler, e);
    } catch (StackOverflowError e) {
      return LuaError.errorInErrorHandling();
    }
  }

  /** State to restore when a protected call catches an error. */
  record Checkpoint(int ci, int top, int nCcalls, boolean allowHook) {}

  static Checkpoint checkpoint(Coroutine L) {
    return new Checkpoint(L.ci, L.top, L.nCcalls, L.allowHook);
  }

  /** Unwinds the coroutine to a checkpoint after an error (closing upvalues of dropped frames). */
  static void restore(Coroutine L, Checkpoint cp) {
    L.closeUpvals(cp.top());
    while (L.ci > cp.ci()) L.popCall();
    L.top = cp.top();
    L.nCcalls = cp.nCcalls();
    L.allowHook = cp.allowHook();
    L.restoreCallLimit();
  }

  /** Converts a Java-level failure inside a protected call into the Lua error value it stands for. */
  static LuaError asLuaError(Coroutine L, Throwable t) {
    if (t instanceof LuaError e) return e;
    if (t instanceof StackOverflowError) return Errors.runtime(L, "stack overflow");
    if (t instanceof OutOfMemoryError) return LuaError.raw("not enough memory");
    LuaError e = new LuaError(t.toString());
    e.addPosition("");
    return e;
  }
}

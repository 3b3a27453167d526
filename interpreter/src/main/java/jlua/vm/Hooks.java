package jlua.vm;

/**
 * Debug hooks (debug.sethook): call, return, line and count events delivered to a Lua function as
 * 5.1's ldblib hookf does — {@code hook(event, line)} with no frame of its own in between.
 */
public final class Hooks {
  private Hooks() {}

  public static final int MASK_CALL = 1;
  public static final int MASK_RET = 2;
  public static final int MASK_LINE = 4;
  public static final int MASK_COUNT = 8;

  static final String[] EVENT_NAMES = {"call", "return", "line", "count", "tail return"};
  private static final int EVENT_CALL = 0;
  private static final int EVENT_RETURN = 1;
  private static final int EVENT_LINE = 2;
  private static final int EVENT_COUNT = 3;
  private static final int EVENT_TAIL_RETURN = 4;

  /** Installs a hook on a coroutine (null function or zero mask removes it). */
  public static void set(Coroutine L, Object function, int mask, int count) {
    if (count > 0) mask |= MASK_COUNT;
    L.hook = function; // debug.gethook reports it even while the mask is empty, as 5.1's hook table does
    if (function == null || mask == 0) {
      L.hookMask = 0;
      L.baseHookCount = 0;
      L.hookCount = 0;
      return;
    }
    L.hookMask = mask;
    L.baseHookCount = count;
    L.hookCount = count;
  }

  public static Object function(Coroutine L) {
    return L.hook;
  }

  public static int mask(Coroutine L) {
    return L.hookMask;
  }

  public static int count(Coroutine L) {
    return L.baseHookCount;
  }

  static void callHook(Coroutine L, CallInfo ci) {
    if (ci.isLua) ci.savedPc++; // hooks see pc already advanced, as in 5.1
    dispatch(L, EVENT_CALL, -1);
    if (ci.isLua) ci.savedPc--;
  }

  static void returnHook(Coroutine L, CallInfo ci) {
    dispatch(L, EVENT_RETURN, -1);
    if (ci.isLua) {
      while (ci.tailCalls > 0) { // 5.1 counts them down as it reports, which getinfo then sees
        ci.tailCalls--;
        dispatch(L, EVENT_TAIL_RETURN, -1);
      }
    }
  }

  /**
   * Before each instruction while line or count hooks are set (5.1's traceexec). {@code pc} is the
   * index of the instruction about to run; {@code ci.savedPc} still holds the previous saved pc.
   */
  static void instructionHook(Coroutine L, CallInfo ci, int pc) {
    int oldPc = ci.savedPc - 1;
    ci.savedPc = pc + 1;
    int mask = L.hookMask;
    if ((mask & MASK_COUNT) != 0) {
      if (--L.hookCount == 0) {
        L.hookCount = L.baseHookCount;
        dispatch(L, EVENT_COUNT, -1);
      }
    }
    if ((mask & MASK_LINE) != 0) {
      Proto p = ((LuaClosure) ci.function).p;
      int newLine = p.line(pc);
      if (pc == 0 || pc <= oldPc || newLine != p.line(oldPc)) dispatch(L, EVENT_LINE, newLine);
    }
  }

  private static void dispatch(Coroutine L, int event, int line) {
    Object hook = L.hook;
    if (hook == null || L.hookMask == 0 || !L.allowHook) return;
    int top = L.top;
    CallInfo ci = L.calls[L.ci];
    int ciTop = ci.top;
    L.ensureStack(20);
    if (ci.top < L.top + 20) ci.top = L.top + 20;
    if (ci.isLua && L.top < ciTop) L.top = ciTop; // never clobber the frame's registers
    L.allowHook = false;
    int func = L.top;
    L.stack[func] = hook;
    L.stack[func + 1] = EVENT_NAMES[event];
    L.setBoxed(func + 2, line >= 0 ? (Object) (double) line : null);
    L.top = func + 3;
    Calls.call(L, func, 0);
    L.allowHook = true;
    ci.top = ciTop;
    L.top = top;
  }
}

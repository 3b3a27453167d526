package jlua.vm;

import java.util.Arrays;
import jlua.api.LuaRef;
import jlua.api.LuaTable;

/**
 * A Lua thread (the value behind {@code coroutine.create}): its own value stack and call stack. Lua calls
 * push {@link CallInfo}s here rather than Java frames, so a coroutine suspends by simply leaving the VM
 * loop, and deep Lua recursion is bounded by 5.1's call limit instead of the Java stack.
 *
 * <p>Registers are two parallel arrays: {@code stack[i]} holds the value, or {@link Values#NUM} when
 * the value is the number {@code nums[i]}; numbers in registers are never boxed.
 */
public final class Coroutine extends LuaRef {
  /** 5.1's LUAI_MAXCALLS: nested calls beyond this are a "stack overflow". */
  static final int MAX_CALLS = 20000;
  /** 5.1's LUAI_MAXCCALLS: nested Java-level entries (metamethods, pcall, resume...). */
  static final int MAX_C_CALLS = 200;
  /** 5.1's LUAI_MAXCSTACK: how many values a Java function may push. */
  public static final int MAX_JAVA_STACK = 8000;
  private static final int BASIC_STACK = 40;
  private static final int BASIC_CALLS = 8;

  public enum Status { SUSPENDED, RUNNING, NORMAL, DEAD }

  public final GlobalState global;
  public Object[] stack = new Object[BASIC_STACK];
  public double[] nums = new double[BASIC_STACK];
  public int top; // first free slot (meaningful between multi-value producers and consumers)

  public CallInfo[] calls = new CallInfo[BASIC_CALLS];
  public int ci; // index of the current CallInfo
  /** 5.1's size_ci, emulated so the depth at which "stack overflow" hits matches lua5.1. */
  int emulatedCallCapacity = BASIC_CALLS;
  UpVal openUpvals; // sorted by decreasing stack index

  int nCcalls; // Java-level VM entries in progress (5.1's nCcalls)
  int baseCcalls; // nCcalls when this coroutine was resumed: yields need nCcalls == baseCcalls
  Status status = Status.SUSPENDED;
  boolean started;
  public LuaTable env; // the thread's global table (getfenv(0))

  // debug hooks (debug.sethook)
  Object hook;
  public int hookMask;
  int baseHookCount;
  int hookCount;
  boolean allowHook = true;

  /** Outcome of the last call made by compiled code through the generic path (JitRuntime.prepareCall). */
  public int jitStatus;
  /** Set by yield until the resume that is running this coroutine has taken the yielded values. */
  boolean yielded;
  int yieldFirst; // the yielded values: stack slots yieldFirst .. yieldFirst+yieldCount-1
  int yieldCount;
  /** A Java function's results left on the stack: the top stackResults slots (see Calls.STACK_RESULTS). */
  public int stackResults;
  /** A Java function's single number result (see Calls.NUMBER_RESULT). */
  public double numberResult;

  Coroutine(GlobalState global, LuaTable env) {
    this.global = global;
    this.env = env;
    calls[0] = new CallInfo();
    CallInfo bottom = calls[0]; // the Java-level base every coroutine starts from (5.1's base_ci)
    bottom.func = 0;
    bottom.base = 1;
    bottom.top = 1 + 20;
    top = 1;
  }

  @Override
  public String typeName() {
    return "thread";
  }

  public Status status() {
    return status;
  }

  // ---- registers in boxed form -----------------------------------------------------------------

  /** The value in slot i, numbers boxed. */
  public Object getBoxed(int i) {
    Object v = stack[i];
    return v == Values.NUM ? (Object) nums[i] : v;
  }

  /** Stores a boxed value into slot i (numbers unboxed into the number slot). */
  public void setBoxed(int i, Object v) {
    if (v instanceof Double d) {
      stack[i] = Values.NUM;
      nums[i] = d;
    } else {
      stack[i] = v;
    }
  }

  /** Clears the slots above top, which 5.1's collector neither marks nor keeps (stale references). */
  public void clearAboveTop() {
    java.util.Arrays.fill(stack, Math.max(top, 0), stack.length, null);
    for (int i = ci + 1; i < calls.length && calls[i] != null; i++) calls[i].function = null;
  }

  /** Pushes a boxed value at top, growing the stack as needed. */
  public void push(Object v) {
    ensureStack(1);
    setBoxed(top++, v);
  }

  /** Guarantees {@code n} free slots above top (5.1's luaD_checkstack). */
  public void ensureStack(int n) {
    if (top + n > stack.length) growStack(top + n);
  }

  void growStack(int needed) {
    int size = Math.max(needed + BASIC_STACK, stack.length * 2);
    stack = Arrays.copyOf(stack, size);
    nums = Arrays.copyOf(nums, size);
  }

  // ---- call stack ------------------------------------------------------------------------------

  CallInfo currentCall() {
    return calls[ci];
  }

  int callDepth() {
    return ci;
  }

  /** Pushes a fresh CallInfo, raising 5.1's "stack overflow" at its call limit. */
  CallInfo pushCall() {
    int next = ci + 1;
    if (next >= emulatedCallCapacity) growCalls();
    if (next >= calls.length) calls = Arrays.copyOf(calls, Math.max(next + 1, calls.length * 2));
    CallInfo c = calls[next];
    if (c == null) { // CallInfos are created on first use: idle coroutines stay small
      c = new CallInfo();
      calls[next] = c;
    }
    ci = next;
    c.tailCalls = 0;
    c.entry = false;
    return c;
  }

  /** 5.1's growCI: double the (emulated) capacity; past MAX_CALLS it is a stack overflow. */
  private void growCalls() {
    if (emulatedCallCapacity > MAX_CALLS) { // overflow while handling overflow
      throw jlua.api.LuaError.errorInErrorHandling();
    }
    emulatedCallCapacity *= 2;
    if (emulatedCallCapacity > MAX_CALLS) {
      throw Errors.runtime(this, "stack overflow");
    }
  }

  /** After an error is caught: 5.1's restore_stack_limit. */
  void restoreCallLimit() {
    if (emulatedCallCapacity > MAX_CALLS && ci + 1 < MAX_CALLS) emulatedCallCapacity = MAX_CALLS;
  }

  /**
   * Pops the top CallInfo. Its function stays referenced until the slot is reused or a collection
   * is asked for (clearAboveTop), which saves a store on every return.
   */
  void popCall() {
    ci--;
  }

  // ---- upvalues --------------------------------------------------------------------------------

  /** The open upvalue for stack slot {@code index}, created if needed (5.1's luaF_findupval). */
  UpVal findUpval(int index) {
    UpVal prev = null;
    UpVal u = openUpvals;
    while (u != null && u.index > index) {
      prev = u;
      u = u.next;
    }
    if (u != null && u.index == index) return u;
    UpVal created = new UpVal(this, index);
    created.next = u;
    if (prev == null) openUpvals = created;
    else prev.next = created;
    return created;
  }

  /** Closes every open upvalue at or above {@code level} (5.1's luaF_close). */
  void closeUpvals(int level) {
    UpVal u = openUpvals;
    while (u != null && u.index >= level) {
      u.close();
      u = u.next;
    }
    openUpvals = u;
  }
}

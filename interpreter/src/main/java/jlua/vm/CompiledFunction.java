package jlua.vm;

/**
 * A Lua function prototype compiled to JVM bytecode (the second tier). An instance runs one frame of
 * a closure of its prototype. The frame's registers stay in the coroutine's stack arrays and its pc in
 * its CallInfo, exactly as for interpreted frames, so a compiled frame can hand over to the
 * interpreter at any saved pc (after a yield, when hooks are set, or for code it does not compile).
 */
public abstract class CompiledFunction {
  /** The frame returned: results are in place and its CallInfo is popped. */
  public static final int RETURNED = 0;
  /** The coroutine yielded inside this frame (or a callee): the frame's state is saved. */
  public static final int YIELDED = 1;
  /** The top frame must continue in the interpreter from its saved pc. */
  public static final int INTERPRET = 2;
  /** The frame was replaced by a tail call: dispatch the top frame again. */
  public static final int TAILCALL = 3;

  /**
   * Runs frame {@code ci} (the top frame of L) from instruction {@code entry}: 0 for a fresh call, or
   * a loop header when the interpreter hands over a running loop.
   */
  public abstract int run(Coroutine L, CallInfo ci, LuaClosure cl, int entry);
}

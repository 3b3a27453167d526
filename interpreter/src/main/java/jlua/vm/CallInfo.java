package jlua.vm;

import jlua.api.LuaFunction;

/** One active call on a coroutine's stack (5.1's CallInfo); reused across calls at the same depth. */
public final class CallInfo {
  public int func; // stack index of the called function
  public int base; // first register (Lua) or first argument (Java)
  public int top; // end of the frame's registers (Lua) or of its arguments (Java)
  public int savedPc; // Lua frames: index of the next instruction, saved whenever the frame calls out
  public int nResults; // results the caller wants; -1 = all
  public int tailCalls; // calls this frame replaced by tail calls (tracebacks show them)
  public LuaFunction function;
  public boolean isLua;
  public boolean entry; // the frame a Java-level VM entry started; returning from it leaves execute()
}

package jlua.vm;

import jlua.api.LuaFunction;

/** One active call on a coroutine's stack (5.1's CallInfo); reused across calls at the same depth. */
final class CallInfo {
  int func; // stack index of the called function
  int base; // first register (Lua) or first argument (Java)
  int top; // end of the frame's registers (Lua) or of its arguments (Java)
  int savedPc; // Lua frames: index of the next instruction, saved whenever the frame calls out
  int nResults; // results the caller wants; -1 = all
  int tailCalls; // calls this frame replaced by tail calls (tracebacks show them)
  LuaFunction function;
  boolean isLua;
  boolean entry; // the frame a Java-level VM entry started; returning from it leaves execute()
}

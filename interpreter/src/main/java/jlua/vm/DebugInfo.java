package jlua.vm;

import jlua.api.JavaFunction;
import jlua.grammar.ChunkId;

/**
 * What the VM can tell about running code (5.1's ldebug.c): current lines, the names of variables
 * involved in an error (found by symbolic execution of the bytecode, exactly as 5.1 does, so messages
 * name the same variables), the names of called functions, and stack levels for tracebacks.
 */
public final class DebugInfo {
  private DebugInfo() {}

  /** A name and what kind of name it is: "global", "local", "method", "field" or "upvalue". */
  public record Name(String kind, String name) {}

  // ---- stack levels --------------------------------------------------------------------------

  /**
   * The CallInfo index for stack level {@code level} (0 = current function), or -1 beyond the stack.
   * Returns a value below -1 when the level is a tail call that was lost (5.1's lua_getstack);
   * the result is then {@code -2 - ciIndex} of the frame that replaced it.
   */
  public static int levelToCall(Coroutine L, int level) {
    int ci;
    for (ci = L.ci; level > 0 && ci > 0; ci--) {
      level--;
      CallInfo c = L.calls[ci];
      if (c.isLua) level -= c.tailCalls;
    }
    if (level == 0 && ci > 0) return ci;
    if (level < 0) return -2 - ci;
    return -1;
  }

  /** The function running in frame {@code ciIndex}. */
  public static jlua.api.LuaFunction functionAt(Coroutine L, int ciIndex) {
    return L.calls[ciIndex].function;
  }

  /** Whether frame {@code ciIndex} runs Lua code. */
  public static boolean isLua(Coroutine L, int ciIndex) {
    return L.calls[ciIndex].isLua;
  }

  /** lua5.1's nCcalls: Java-level VM entries in progress. */
  public static int cCallDepth(Coroutine L) {
    return L.nCcalls;
  }

  /** The current CallInfo index (stack level 0) of a coroutine. */
  public static int currentCall(Coroutine L) {
    return L.ci;
  }

  // ---- lines --------------------------------------------------------------------------------

  /** The pc of the instruction a Lua frame is executing. */
  static int currentPc(CallInfo c) {
    return c.savedPc - 1;
  }

  /** The current line of frame {@code ciIndex}, or -1 for Java frames. */
  public static int currentLine(Coroutine L, int ciIndex) {
    CallInfo c = L.calls[ciIndex];
    if (!c.isLua) return -1;
    return ((LuaClosure) c.function).p.line(currentPc(c));
  }

  /** "short_src:line: " for a Lua frame, "" otherwise (5.1's luaL_where). */
  public static String where(Coroutine L, int ciIndex) {
    if (ciIndex <= 0 || ciIndex > L.ci) return "";
    CallInfo c = L.calls[ciIndex];
    if (!c.isLua) return "";
    int line = currentLine(L, ciIndex);
    if (line <= 0) return "";
    return ChunkId.format(((LuaClosure) c.function).p.source) + ":" + line + ": ";
  }

  /** The short source name of a function's chunk, as tracebacks print it. */
  public static String shortSource(Proto p) {
    return ChunkId.format(p.source);
  }

  // ---- names --------------------------------------------------------------------------------

  /** The name of the variable in register {@code reg} of Lua frame {@code ciIndex}, or null. */
  public static Name objectName(Coroutine L, int ciIndex, int reg) {
    CallInfo c = L.calls[ciIndex];
    if (!c.isLua) return null;
    return objectName(((LuaClosure) c.function).p, currentPc(c), reg);
  }

  /** 5.1's getobjname: who last put a value into register {@code reg} before {@code pc}. */
  static Name objectName(Proto p, int pc, int reg) {
    String local = localName(p, reg + 1, pc);
    if (local != null) return new Name("local", local);
    int i = symbolicExecution(p, pc, reg);
    switch (OpCode.op(i)) {
      case OpCode.GETGLOBAL:
        return new Name("global", (String) p.k[OpCode.bx(i)]);
      case OpCode.MOVE: {
        int a = OpCode.a(i);
        int b = OpCode.b(i);
        return b < a ? objectName(p, pc, b) : null;
      }
      case OpCode.GETTABLE:
        return new Name("field", constantName(p, OpCode.c(i)));
      case OpCode.GETUPVAL: {
        int u = OpCode.b(i);
        return new Name("upvalue", p.upvalueNames != null && u < p.upvalueNames.length ? p.upvalueNames[u] : "?");
      }
      case OpCode.SELF:
        return new Name("method", constantName(p, OpCode.c(i)));
      default:
        return null;
    }
  }

  private static String constantName(Proto p, int rk) {
    if (OpCode.isK(rk) && p.k[rk & ~OpCode.BITRK] instanceof String s) return s;
    return "?";
  }

  /** The name of the n-th (1-based) local active at pc (5.1's luaF_getlocalname). */
  public static String localName(Proto p, int n, int pc) {
    if (p.locVars == null) return null;
    for (Proto.LocVar v : p.locVars) {
      if (v.startPc > pc) break;
      if (pc < v.endPc) {
        n--;
        if (n == 0) return v.name;
      }
    }
    return null;
  }

  /**
   * 5.1's symbexec in tracing mode: the last instruction before {@code lastPc} that changed
   * {@code reg}, following forward jumps that do not skip lastPc.
   */
  static int symbolicExecution(Proto p, int lastPc, int reg) {
    int[] code = p.code;
    int last = code.length - 1; // the final RETURN, a neutral instruction
    for (int pc = 0; pc < lastPc; pc++) {
      int i = code[pc];
      int op = OpCode.op(i);
      int a = OpCode.a(i);
      if (setsRegisterA(op) && a == reg) last = pc;
      switch (op) {
        case OpCode.LOADNIL:
          if (a <= reg && reg <= OpCode.b(i)) last = pc;
          break;
        case OpCode.SELF:
          if (reg == a + 1) last = pc;
          break;
        case OpCode.TFORLOOP:
          if (reg >= a + 2) last = pc;
          break;
        case OpCode.FORLOOP:
        case OpCode.FORPREP:
        case OpCode.JMP: {
          int dest = pc + 1 + OpCode.sbx(i);
          if (pc < dest && dest <= lastPc) pc += OpCode.sbx(i);
          break;
        }
        case OpCode.CALL:
        case OpCode.TAILCALL:
          if (reg >= a) last = pc;
          break;
        case OpCode.SETLIST:
          if (OpCode.c(i) == 0) pc++;
          break;
        case OpCode.CLOSURE:
          pc += p.p[OpCode.bx(i)].nups;
          break;
        default:
          break;
      }
    }
    return code[last];
  }

  /** lopcodes.c's testAMode: the instruction writes register A. */
  private static boolean setsRegisterA(int op) {
    switch (op) {
      case OpCode.SETGLOBAL: case OpCode.SETUPVAL: case OpCode.SETTABLE: case OpCode.JMP:
      case OpCode.EQ: case OpCode.LT: case OpCode.LE: case OpCode.RETURN: case OpCode.TFORLOOP:
      case OpCode.SETLIST: case OpCode.CLOSE:
        return false;
      default:
        return true;
    }
  }

  /**
   * How the function running at {@code ciIndex} was called, seen from its caller (5.1's
   * getfuncname), or null when unknown (caller is Java, or the call was a tail call).
   */
  public static Name functionName(Coroutine L, int ciIndex) {
    if (ciIndex <= 0) return null;
    CallInfo c = L.calls[ciIndex];
    if ((c.isLua && c.tailCalls > 0) || !L.calls[ciIndex - 1].isLua) return null;
    CallInfo caller = L.calls[ciIndex - 1];
    Proto p = ((LuaClosure) caller.function).p;
    int pc = currentPc(caller);
    int i = p.code[pc];
    int op = OpCode.op(i);
    if (op == OpCode.CALL || op == OpCode.TAILCALL || op == OpCode.TFORLOOP) {
      return objectName(p, pc, OpCode.a(i));
    }
    return null;
  }

  // ---- locals of a running frame (debug.getlocal / setlocal) ---------------------------------

  /**
   * The name of local {@code n} (1-based) of frame {@code ciIndex}: its declared name, or
   * "(*temporary)" for other live stack slots, or null (5.1's findlocal).
   */
  public static String localNameAt(Coroutine L, int ciIndex, int n) {
    CallInfo c = L.calls[ciIndex];
    if (c.isLua && ciIndex > 0) {
      String name = localName(((LuaClosure) c.function).p, n, currentPc(c));
      if (name != null) return name;
    }
    int limit = ciIndex == L.ci ? L.top : L.calls[ciIndex + 1].func;
    return limit - c.base >= n && n > 0 ? "(*temporary)" : null;
  }

  /** The value of local {@code n} of frame {@code ciIndex} (boxed). */
  public static Object localValue(Coroutine L, int ciIndex, int n) {
    return L.getBoxed(L.calls[ciIndex].base + n - 1);
  }

  public static void setLocalValue(Coroutine L, int ciIndex, int n, Object v) {
    L.setBoxed(L.calls[ciIndex].base + n - 1, v);
  }

  // ---- tracebacks -----------------------------------------------------------------------------

  private static final int LEVELS1 = 12; // levels shown before "..."
  private static final int LEVELS2 = 10; // levels shown after it

  /** debug.traceback's text, starting at {@code level} of coroutine L (5.1's db_errorfb). */
  public static String traceback(Coroutine L, String message, int level) {
    StringBuilder sb = new StringBuilder();
    if (message != null) sb.append(message).append('\n');
    sb.append("stack traceback:");
    boolean firstPart = true;
    while (levelToCall(L, level) != -1) {
      level++;
      if (level > LEVELS1 && firstPart) {
        if (levelToCall(L, level + LEVELS2) == -1) {
          level--;
        } else {
          sb.append("\n\t...");
          while (levelToCall(L, level + LEVELS2) != -1) level++;
        }
        firstPart = false;
        continue;
      }
      sb.append("\n\t");
      describeLevel(L, level - 1, sb);
    }
    return sb.toString();
  }

  private static void describeLevel(Coroutine L, int level, StringBuilder sb) {
    int ci = levelToCall(L, level);
    if (ci < -1) { // a lost tail call
      sb.append("(tail call): ?");
      return;
    }
    CallInfo c = L.calls[ci];
    if (!c.isLua) {
      sb.append("[C]:");
      Name name = functionName(L, ci);
      if (name != null) sb.append(" in function '").append(name.name()).append('\'');
      else sb.append(" ?");
      return;
    }
    Proto p = ((LuaClosure) c.function).p;
    sb.append(shortSource(p)).append(':');
    int line = currentLine(L, ci);
    if (line > 0) sb.append(line).append(':');
    Name name = functionName(L, ci);
    if (name != null) {
      sb.append(" in function '").append(name.name()).append('\'');
    } else if (p.lineDefined == 0) {
      sb.append(" in main chunk");
    } else {
      sb.append(" in function <").append(shortSource(p)).append(':').append(p.lineDefined).append('>');
    }
  }

  /** Whether frame ci runs a Java function named {@code name} (for diagnostics). */
  static boolean isJava(Coroutine L, int ci, String name) {
    CallInfo c = L.calls[ci];
    return !c.isLua && c.function instanceof JavaFunction f && f.name().equals(name);
  }
}

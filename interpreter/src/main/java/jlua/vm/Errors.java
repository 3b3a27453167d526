package jlua.vm;

import jlua.api.LuaError;

/** Runtime errors raised by the VM, worded and positioned as 5.1's ldebug.c does. */
public final class Errors {
  private Errors() {}

  /** An error with the position of the running Lua function (5.1's luaG_runerror). */
  public static LuaError runtime(Coroutine L, String message) {
    LuaError e = new LuaError(message);
    e.addPosition(DebugInfo.where(L, L.ci));
    return e;
  }

  /**
   * "attempt to {op} {kind} '{name}' (a {type} value)" where the value sits in register {@code reg}
   * of the running Lua frame, or "attempt to {op} a {type} value" when it has no name. {@code reg} is
   * an absolute stack index, or -1 for values not on the stack.
   */
  public static LuaError typeError(Coroutine L, Object value, String op, int reg) {
    String type = Values.typeName(value);
    DebugInfo.Name name = null;
    CallInfo c = L.calls[L.ci];
    if (reg >= 0 && c.isLua && reg >= c.base && reg < c.top) {
      name = DebugInfo.objectName(L, L.ci, reg - c.base);
    }
    if (name != null) {
      return runtime(L, "attempt to " + op + " " + name.kind() + " '" + cString(name.name()) + "' (a " + type + " value)");
    }
    return runtime(L, "attempt to " + op + " a " + type + " value");
  }

  /** A name as 5.1's lua_pushfstring("%s") inserts it: up to its first zero byte. */
  public static String cString(String s) {
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }

  /** 5.1's luaG_aritherror: blames the first operand that is not convertible to a number. */
  static LuaError arithError(Coroutine L, Object a, int regA, Object b, int regB) {
    if (Values.toNumber(a) == null) return typeError(L, a, "perform arithmetic on", regA);
    return typeError(L, b, "perform arithmetic on", regB);
  }

  /** 5.1's luaG_concaterror: blames the first operand that is neither string nor number. */
  static LuaError concatError(Coroutine L, Object a, int regA, Object b, int regB) {
    if (a instanceof String || a instanceof Double) return typeError(L, b, "concatenate", regB);
    return typeError(L, a, "concatenate", regA);
  }

  /**
   * 5.1's luaG_ordererror, including its quirk of comparing the third letters of the type names
   * (so comparing a string with a thread reads "two string values").
   */
  static LuaError orderError(Coroutine L, Object a, Object b) {
    String t1 = Values.typeName(a);
    String t2 = Values.typeName(b);
    if (t1.charAt(2) == t2.charAt(2)) return runtime(L, "attempt to compare two " + t1 + " values");
    return runtime(L, "attempt to compare " + t1 + " with " + t2);
  }
}

package jlua.api;

import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.Errors;
import jlua.vm.GlobalState;
import jlua.vm.Values;

/**
 * The arguments of a Java function call: a view onto the caller's stack, plus the checks every library
 * function uses. Argument numbers are 1-based; errors are worded as 5.1's lauxlib words them
 * ({@code bad argument #2 to 'rep' (number expected, got no value)}).
 */
public final class Args {
  /** Return this from a function body for "no results". */
  public static final Object[] NONE = {};

  private final Coroutine thread;
  private final int base;
  private final int count;
  private final int callLevel;

  /** Created by the VM for each Java function call. */
  public Args(Coroutine thread, int base, int count, int callLevel) {
    this.thread = thread;
    this.base = base;
    this.count = count;
    this.callLevel = callLevel;
  }

  /** The coroutine the function runs in. */
  public Coroutine thread() {
    return thread;
  }

  public GlobalState global() {
    return thread.global;
  }

  /** The call-stack index of this call (for the debug library). */
  public int callLevel() {
    return callLevel;
  }

  /** The stack slot of argument i (for moving values without boxing them). */
  public int slot(int i) {
    return base + i - 1;
  }

  /**
   * Says that the function's results are the top {@code n} slots of the thread's stack (pushed after
   * the arguments); return what this returns.
   */
  public Object stackResults(int n) {
    thread.stackResults = n;
    return jlua.vm.Calls.STACK_RESULTS;
  }

  /** Returns one number without boxing it: return what this returns. */
  public Object number(double d) {
    thread.numberResult = d;
    return jlua.vm.Calls.NUMBER_RESULT;
  }

  /** Number of arguments passed. */
  public int count() {
    return count;
  }

  // ---- raw access --------------------------------------------------------------------------

  /** Argument i (numbers as Double); nil (null) when absent. */
  public Object arg(int i) {
    return i >= 1 && i <= count ? thread.getBoxed(base + i - 1) : null;
  }

  /** All arguments from i on, boxed. */
  public Object[] from(int i) {
    if (i > count) return NONE;
    Object[] r = new Object[count - i + 1];
    for (int j = 0; j < r.length; j++) r[j] = thread.getBoxed(base + i - 1 + j);
    return r;
  }

  public boolean isNone(int i) {
    return i > count;
  }

  public boolean isNoneOrNil(int i) {
    return arg(i) == null;
  }

  /** lua_type name of argument i, "no value" when absent. */
  public String typeName(int i) {
    return isNone(i) ? "no value" : Values.typeName(arg(i));
  }

  /** Whether argument i is a number or a string convertible to one (lua_isnumber). */
  public boolean isNumber(int i) {
    return Values.toNumber(arg(i)) != null;
  }

  /** The truth value of argument i (lua_toboolean). */
  public boolean toBoolean(int i) {
    return !Values.isFalse(arg(i));
  }

  // ---- checks --------------------------------------------------------------------------------

  public Object checkAny(int i) {
    if (isNone(i)) throw argError(i, "value expected");
    return arg(i);
  }

  public double checkNumber(int i) {
    if (i >= 1 && i <= count) {
      int slot = base + i - 1;
      if (thread.stack[slot] == Values.NUM) return thread.nums[slot];
    }
    Double d = Values.toNumber(arg(i));
    if (d == null) throw typeError(i, "number");
    return d;
  }

  /** luaL_checkinteger: the number truncated as C's cast does. */
  public long checkInteger(int i) {
    return Values.toInteger(checkNumber(i));
  }

  /** luaL_checkint: checkInteger narrowed to a C int. */
  public int checkInt(int i) {
    return (int) checkInteger(i);
  }

  public String checkString(int i) {
    String s = Values.toStringCoerced(arg(i));
    if (s == null) throw typeError(i, "string");
    return s;
  }

  public LuaTable checkTable(int i) {
    if (arg(i) instanceof LuaTable t) return t;
    throw typeError(i, "table");
  }

  public LuaFunction checkFunction(int i) {
    if (arg(i) instanceof LuaFunction f) return f;
    throw typeError(i, "function");
  }

  /** luaL_checktype for a named type ("table", "function", ...). */
  public void checkType(int i, String type) {
    if (!typeName(i).equals(type)) throw typeError(i, type);
  }

  public double optNumber(int i, double def) {
    return isNoneOrNil(i) ? def : checkNumber(i);
  }

  public long optInteger(int i, long def) {
    return isNoneOrNil(i) ? def : checkInteger(i);
  }

  public int optInt(int i, int def) {
    return isNoneOrNil(i) ? def : checkInt(i);
  }

  public String optString(int i, String def) {
    return isNoneOrNil(i) ? def : checkString(i);
  }

  /** luaL_checkoption: the index of the argument in {@code options}, or "invalid option". */
  public int checkOption(int i, String def, String... options) {
    String name = def != null ? optString(i, def) : checkString(i);
    for (int j = 0; j < options.length; j++) {
      if (options[j].equals(name)) return j;
    }
    throw argError(i, "invalid option '" + name + "'");
  }

  // ---- errors --------------------------------------------------------------------------------

  /** "bad argument #i to 'name' (message)", renumbered for method calls as 5.1 does. */
  public LuaError argError(int i, String message) {
    DebugInfo.Name name = DebugInfo.functionName(thread, callLevel);
    if (name != null && name.kind().equals("method")) {
      i--;
      if (i == 0) return new LuaError("calling '" + Errors.cString(name.name()) + "' on bad self (" + message + ")");
    }
    String fname = name == null ? "?" : Errors.cString(name.name());
    return new LuaError("bad argument #" + i + " to '" + fname + "' (" + message + ")");
  }

  /** "bad argument #i to 'name' (type expected, got actual)". */
  public LuaError typeError(int i, String expected) {
    return argError(i, expected + " expected, got " + typeName(i));
  }

  /** A plain error from this function, positioned at the calling Lua code (luaL_error). */
  public LuaError error(String message) {
    return new LuaError(message);
  }
}

package jlua.vm;

import jlua.api.LuaFunction;
import jlua.api.LuaRef;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.grammar.LuaNumbers;

/**
 * The Lua value model in Java and its primitive operations (no metamethods here).
 *
 * <p>nil is {@code null}; booleans are the two canonical {@link Boolean} instances; numbers are
 * {@link Double} (in VM registers: the {@link #NUM} tag plus a double, see {@link Coroutine}); strings
 * are Java strings with one char per byte (all chars at most 0xFF); tables {@link LuaTable}; functions
 * {@link LuaFunction}; userdata {@link Userdata}; threads {@link Coroutine}.
 */
public final class Values {
  private Values() {}

  /**
   * The tag in a register's object slot saying "this register holds a number; read the double slot".
   * It never escapes the VM's registers, constant arrays and upvalue cells.
   */
  public static final Object NUM = new Object() {
    @Override
    public String toString() {
      return "<number tag>";
    }
  };

  public static final String[] TYPE_NAMES = {
    "nil", "boolean", "userdata", "number", "string", "table", "function", "userdata", "thread"
  };

  public static String typeName(Object v) {
    if (v == null) return "nil";
    if (v instanceof Double || v == NUM) return "number";
    if (v instanceof String) return "string";
    if (v instanceof Boolean) return "boolean";
    if (v instanceof LuaRef r) return r.typeName();
    return "userdata";
  }

  public static boolean isFalse(Object v) {
    return v == null || v == Boolean.FALSE;
  }

  public static boolean isCollectable(Object v) {
    return v instanceof LuaRef;
  }

  /** 5.1's tonumber coercion: a number, or a string that reads as one; otherwise null. */
  public static Double toNumber(Object v) {
    if (v instanceof Double d) return d;
    if (v instanceof String s) return LuaNumbers.parse(s);
    return null;
  }

  /** 5.1's tostring coercion for concatenation and string arguments: strings and numbers only. */
  public static String toStringCoerced(Object v) {
    if (v instanceof String s) return s;
    if (v instanceof Double d) return NumberFormat.toLuaString(d);
    return null;
  }

  /** {@code tostring} without the {@code __tostring} metamethod. */
  public static String toDisplayString(Object v) {
    if (v == null) return "nil";
    if (v instanceof String s) return s;
    if (v instanceof Double d) return NumberFormat.toLuaString(d);
    if (v instanceof Boolean b) return b ? "true" : "false";
    if (v instanceof LuaRef r) return r.toString();
    return "userdata: 0x" + Integer.toHexString(System.identityHashCode(v));
  }

  /**
   * C's {@code (lua_Integer) d} on x86-64: truncation toward zero, and the "integer indefinite" value
   * (Long.MIN_VALUE) for NaN and out-of-range values, where Java would saturate instead.
   */
  public static long toInteger(double d) {
    if (d >= 0x1p63 || d < -0x1p63 || d != d) return Long.MIN_VALUE;
    return (long) d;
  }

  /** Converts a Java value handed in through the embedding API to its Lua representation. */
  public static Object fromJava(Object v) {
    if (v == null || v instanceof String || v instanceof Double || v instanceof LuaRef) return v;
    if (v instanceof Boolean b) return b ? Boolean.TRUE : Boolean.FALSE;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof Character c) return String.valueOf(c);
    if (v == NUM) throw new IllegalStateException("number tag escaped the VM");
    return new Userdata(v);
  }

  /** The bytes of a Lua string (one byte per char). */
  public static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** A Lua string from bytes. */
  public static String string(byte[] b, int off, int len) {
    return new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Raw equality (5.1's luaO_rawequalObj). */
  public static boolean rawEquals(Object a, Object b) {
    if (a == b) return true;
    if (a instanceof Double x) return b instanceof Double y && x.doubleValue() == y.doubleValue();
    if (a instanceof String s) return s.equals(b);
    if (a instanceof Boolean) return a.equals(b);
    return false;
  }
}

package jlua.vm;

import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.api.Userdata;

/**
 * The operations of Lua values when the VM's fast paths do not apply: metamethod lookup and dispatch,
 * coercions, and the errors when nothing applies (5.1's lvm.c and ltm.c). Every metamethod call in the
 * interpreter goes through here.
 */
public final class MetaOps {
  private MetaOps() {}

  // metamethod events, in 5.1's order; the first five have cached absence flags
  public static final int TM_INDEX = 0;
  public static final int TM_NEWINDEX = 1;
  public static final int TM_GC = 2;
  public static final int TM_MODE = 3;
  public static final int TM_EQ = 4;
  public static final int TM_ADD = 5;
  public static final int TM_SUB = 6;
  public static final int TM_MUL = 7;
  public static final int TM_DIV = 8;
  public static final int TM_MOD = 9;
  public static final int TM_POW = 10;
  public static final int TM_UNM = 11;
  public static final int TM_LEN = 12;
  public static final int TM_LT = 13;
  public static final int TM_LE = 14;
  public static final int TM_CONCAT = 15;
  public static final int TM_CALL = 16;

  public static final String[] EVENT_NAMES = {
    "__index", "__newindex", "__gc", "__mode", "__eq", "__add", "__sub", "__mul", "__div", "__mod",
    "__pow", "__unm", "__len", "__lt", "__le", "__concat", "__call"
  };

  private static final int[] EVENT_HASHES = new int[EVENT_NAMES.length];

  static {
    for (int i = 0; i < EVENT_NAMES.length; i++) EVENT_HASHES[i] = LuaTable.stringHash(EVENT_NAMES[i]);
  }

  private static final int MAX_TAG_LOOP = 100; // 5.1's MAXTAGLOOP: __index/__newindex chain limit

  // ---- lookup --------------------------------------------------------------------------------

  /** The metatable of any value (per-type metatables for non-table, non-userdata values). */
  public static LuaTable metatable(GlobalState g, Object v) {
    if (v instanceof LuaTable t) return t.getMetatable();
    if (v instanceof Userdata u) return u.metatable;
    if (v instanceof String) return g.stringMetatable;
    return g.typeMetatables[typeIndex(v)];
  }

  static int typeIndex(Object v) {
    if (v == null) return 0;
    if (v instanceof Boolean) return 1;
    if (v instanceof Double || v == Values.NUM) return 3;
    if (v instanceof String) return 4;
    if (v instanceof LuaTable) return 5;
    if (v instanceof LuaFunction) return 6;
    if (v instanceof Coroutine) return 8;
    return 7;
  }

  /** The metamethod for an event in a metatable, using the table's absence cache (5.1's fasttm). */
  public static Object fromMetatable(LuaTable mt, int event) {
    if (mt == null) return null;
    if (event <= TM_EQ) {
      if ((mt.absentMetamethods & (1 << event)) != 0) return null;
      Object tm = mt.rawget(EVENT_NAMES[event], EVENT_HASHES[event]);
      if (tm == null) mt.absentMetamethods |= (byte) (1 << event);
      return tm;
    }
    return mt.rawget(EVENT_NAMES[event], EVENT_HASHES[event]);
  }

  /** The metamethod of a value for an event, or null (5.1's luaT_gettmbyobj). */
  public static Object metamethod(GlobalState g, Object v, int event) {
    return fromMetatable(metatable(g, v), event);
  }

  // ---- indexing ------------------------------------------------------------------------------

  /** t[key] with __index (5.1's luaV_gettable); {@code reg} names t in errors (-1: unnamed). */
  public static Object index(Coroutine L, Object t, Object key, int reg) {
    for (int loop = 0; loop < MAX_TAG_LOOP; loop++) {
      Object tm;
      if (t instanceof LuaTable table) {
        Object v = table.rawget(key);
        if (v != null) return v;
        tm = fromMetatable(table.getMetatable(), TM_INDEX);
        if (tm == null) return null;
      } else {
        tm = metamethod(L.global, t, TM_INDEX);
        if (tm == null) throw Errors.typeError(L, t, "index", reg);
      }
      if (tm instanceof LuaFunction) return Calls.invoke1(L, tm, t, key);
      t = tm;
      reg = -1;
    }
    throw Errors.runtime(L, "loop in gettable");
  }

  /** t[key] = value with __newindex (5.1's luaV_settable). */
  public static void setIndex(Coroutine L, Object t, Object key, Object value, int reg) {
    for (int loop = 0; loop < MAX_TAG_LOOP; loop++) {
      Object tm;
      if (t instanceof LuaTable table) {
        LuaTable mt = table.getMetatable();
        if (mt == null || table.rawget(key) != null || (tm = fromMetatable(mt, TM_NEWINDEX)) == null) {
          rawsetChecked(L, table, key, value);
          return;
        }
      } else {
        tm = metamethod(L.global, t, TM_NEWINDEX);
        if (tm == null) throw Errors.typeError(L, t, "index", reg);
      }
      if (tm instanceof LuaFunction) {
        Calls.invoke0(L, tm, t, key, value);
        return;
      }
      t = tm;
      reg = -1;
    }
    throw Errors.runtime(L, "loop in settable");
  }

  /** rawset whose "table index is nil/NaN" errors carry the running code's position. */
  public static void rawsetChecked(Coroutine L, LuaTable table, Object key, Object value) {
    if (key == null) throw Errors.runtime(L, "table index is nil");
    if (key instanceof Double d && Double.isNaN(d)) throw Errors.runtime(L, "table index is NaN");
    table.rawset(key, value);
  }

  // ---- arithmetic ----------------------------------------------------------------------------

  /** Arithmetic with string coercion and metamethods (5.1's Arith); event is TM_ADD..TM_UNM. */
  public static Object arith(Coroutine L, int event, Object a, int regA, Object b, int regB) {
    Double x = Values.toNumber(a);
    Double y = Values.toNumber(b);
    if (x != null && y != null) return arithNumbers(event, x, y);
    Object tm = metamethod(L.global, a, event);
    if (tm == null) tm = metamethod(L.global, b, event);
    if (tm == null) throw Errors.arithError(L, a, regA, b, regB);
    return Calls.invoke1(L, tm, a, b);
  }

  public static double arithNumbers(int event, double x, double y) {
    switch (event) {
      case TM_ADD: return x + y;
      case TM_SUB: return x - y;
      case TM_MUL: return x * y;
      case TM_DIV: return x / y;
      case TM_MOD: return mod(x, y);
      case TM_POW: return pow(x, y);
      case TM_UNM: return -x;
      default: throw new IllegalArgumentException("event " + event);
    }
  }

  /** 5.1's luai_nummod: a - floor(a/b)*b. */
  public static double mod(double a, double b) {
    return a - Math.floor(a / b) * b;
  }

  /**
   * C's pow as glibc computes it on x86-64, which lua5.1 prints. It differs from Math.pow for a
   * base of 1, for -1 to an infinite power, and in the sign of NaN results (tostring shows it).
   */
  public static double pow(double a, double b) {
    if (b == 0 || a == 1) return 1;
    if (a == -1 && Double.isInfinite(b)) return 1;
    if (Double.isNaN(a) || Double.isNaN(b)) return powOfNaN(a, b);
    if (a < 0 && a != Double.NEGATIVE_INFINITY && !Double.isInfinite(b) && b != Math.rint(b)) {
      return NEGATIVE_NAN;
    }
    return Math.pow(a, b);
  }

  /** The "real indefinite" NaN that x86 produces for invalid operations such as 0/0. */
  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

  /**
   * glibc returns the NaN operand (the base when both are NaN) except that a sign-bit NaN base
   * raised to an odd integer loses its sign, because it is computed as -(x*x).
   */
  private static double powOfNaN(double a, double b) {
    if (!Double.isNaN(a)) return b;
    boolean oddInteger = !Double.isInfinite(b) && b == Math.rint(b) && Math.abs(b % 2) == 1;
    boolean signBit = Double.doubleToRawLongBits(a) < 0;
    return oddInteger && signBit ? Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE) : a;
  }

  /** #v for non-table, non-string values, via __len (5.1's OP_LEN default case). */
  public static Object length(Coroutine L, Object v, int reg) {
    if (v instanceof LuaTable t) return (double) t.length();
    if (v instanceof String s) return (double) s.length();
    Object tm = metamethod(L.global, v, TM_LEN);
    if (tm == null) tm = metamethod(L.global, null, TM_LEN);
    if (tm == null) throw Errors.typeError(L, v, "get length of", reg);
    return Calls.invoke1(L, tm, v, null);
  }

  // ---- comparison ----------------------------------------------------------------------------

  /** a == b with __eq (5.1's luaV_equalval; types already known to be equal or not). */
  public static boolean equals(Coroutine L, Object a, Object b) {
    if (a == b) return true;
    if (a == null || b == null) return false;
    if (a instanceof Double x) return b instanceof Double y && x.doubleValue() == y.doubleValue();
    if (a instanceof String s) return s.equals(b);
    if (a instanceof Boolean) return a.equals(b);
    LuaTable mt1;
    LuaTable mt2;
    if (a instanceof LuaTable t1 && b instanceof LuaTable t2) {
      mt1 = t1.getMetatable();
      mt2 = t2.getMetatable();
    } else if (a instanceof Userdata u1 && b instanceof Userdata u2) {
      mt1 = u1.metatable;
      mt2 = u2.metatable;
    } else {
      return false;
    }
    Object tm = comparisonMetamethod(mt1, mt2, TM_EQ);
    if (tm == null) return false;
    return !Values.isFalse(Calls.invoke1(L, tm, a, b));
  }

  /** 5.1's get_compTM: the metamethod both metatables agree on, or null. */
  private static Object comparisonMetamethod(LuaTable mt1, LuaTable mt2, int event) {
    Object tm1 = fromMetatable(mt1, event);
    if (tm1 == null) return null;
    if (mt1 == mt2) return tm1;
    Object tm2 = fromMetatable(mt2, event);
    if (tm2 == null) return null;
    return Values.rawEquals(tm1, tm2) ? tm1 : null;
  }

  /** a < b (5.1's luaV_lessthan). */
  public static boolean lessThan(Coroutine L, Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) return x < y;
    if (a instanceof String s && b instanceof String t) return s.compareTo(t) < 0;
    if (Values.typeName(a) != Values.typeName(b)) throw Errors.orderError(L, a, b);
    int r = orderMetamethod(L, a, b, TM_LT);
    if (r < 0) throw Errors.orderError(L, a, b);
    return r == 1;
  }

  /** a <= b (5.1's lessequal: __le, else not (b < a) through __lt). */
  public static boolean lessEqual(Coroutine L, Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) return x <= y;
    if (a instanceof String s && b instanceof String t) return s.compareTo(t) <= 0;
    if (Values.typeName(a) != Values.typeName(b)) throw Errors.orderError(L, a, b);
    int r = orderMetamethod(L, a, b, TM_LE);
    if (r >= 0) return r == 1;
    r = orderMetamethod(L, b, a, TM_LT);
    if (r >= 0) return r == 0;
    throw Errors.orderError(L, a, b);
  }

  /** 5.1's call_orderTM: -1 when no common metamethod, else the truth of its result. */
  private static int orderMetamethod(Coroutine L, Object a, Object b, int event) {
    Object tm1 = metamethod(L.global, a, event);
    if (tm1 == null) return -1;
    Object tm2 = metamethod(L.global, b, event);
    if (!Values.rawEquals(tm1, tm2)) return -1;
    return Values.isFalse(Calls.invoke1(L, tm1, a, b)) ? 0 : 1;
  }

  // ---- concatenation -------------------------------------------------------------------------

  /**
   * Concatenates registers base+last-total+1 .. base+last into base+last-total+1 (5.1's luaV_concat):
   * runs of strings and numbers are joined at once, other pairs go through __concat right to left.
   */
  static void concat(Coroutine L, int base, int total, int last) {
    do {
      int top = base + last + 1; // one past the last operand
      int n = 2;
      Object left = L.getBoxed(top - 2);
      Object right = L.getBoxed(top - 1);
      String rightText = Values.toStringCoerced(right);
      if (!(left instanceof String || left instanceof Double) || rightText == null) {
        Object tm = metamethod(L.global, left, TM_CONCAT);
        if (tm == null) tm = metamethod(L.global, right, TM_CONCAT);
        if (tm == null) throw Errors.concatError(L, left, top - 2, right, top - 1);
        L.setBoxed(top - 2, Calls.invoke1(L, tm, left, right));
      } else if (rightText.isEmpty()) {
        L.stack[top - 2] = Values.toStringCoerced(left);
      } else {
        long length = rightText.length();
        for (n = 1; n < total; n++) {
          Object v = L.getBoxed(top - n - 1);
          if (!(v instanceof String || v instanceof Double)) break;
          length += Values.toStringCoerced(v).length();
          if (length >= Integer.MAX_VALUE - 8) throw Errors.runtime(L, "string length overflow");
        }
        StringBuilder sb = new StringBuilder((int) length);
        for (int i = n; i > 0; i--) sb.append(Values.toStringCoerced(L.getBoxed(top - i)));
        L.stack[top - n] = sb.toString();
      }
      total -= n - 1;
      last -= n - 1;
    } while (total > 1);
  }

  // ---- tostring ------------------------------------------------------------------------------

  /** tostring(v) as 5.1's luaB_tostring: whatever __tostring returns, else the primitive text. */
  public static Object tostring(Coroutine L, Object v) {
    LuaTable mt = metatable(L.global, v);
    Object f = mt == null ? null : mt.rawget("__tostring");
    if (f != null) return Calls.invokeWith1(L, f, v);
    return Values.toDisplayString(v);
  }
}

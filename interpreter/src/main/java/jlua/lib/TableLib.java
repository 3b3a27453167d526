package jlua.lib;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/**
 * The table library (reference manual §5.5). Every function works on the raw table, as 5.1's does:
 * no __index, __newindex or __len.
 */
public final class TableLib {
  private TableLib() {}

  static void open(Lua lua) {
    lua.library("table", FunctionSet.of(lua, Table.values()));
  }

  /** The library's functions (see {@link FunctionSet}). */
  private enum Table implements JavaFunction.Body {
    CONCAT, FOREACH, FOREACHI, GETN, INSERT, MAXN, REMOVE, SETN, SORT;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case CONCAT -> concat(a);
        case FOREACH -> foreach(a);
        case FOREACHI -> foreachi(a);
        case GETN -> getn(a);
        case INSERT -> insert(a);
        case MAXN -> maxn(a);
        case REMOVE -> remove(a);
        case SETN -> setn(a);
        case SORT -> sort(a);
      };
    }
  }

  // table.concat (table [, sep [, i [, j]]]) -> string
  private static Object concat(Args args) {
    String sep = args.optString(2, "");
    LuaTable t = args.checkTable(1);
    int i = args.optInt(3, 1);
    int last = args.isNoneOrNil(4) ? t.length() : args.checkInt(4);
    StringBuilder sb = new StringBuilder();
    for (; i < last; i++) {
      addField(sb, t, i);
      sb.append(sep);
    }
    if (i == last) addField(sb, t, i);
    return sb.toString();
  }

  private static void addField(StringBuilder sb, LuaTable t, int i) {
    Object v = t.rawget(i);
    String s = Values.toStringCoerced(v);
    if (s == null) {
      throw new LuaError("invalid value (" + Values.typeName(v) + ") at index " + i + " in table for 'concat'");
    }
    sb.append(s);
  }

  // table.foreach (table, f) -> first non-nil result of f(k, v)
  private static Object foreach(Args args) {
    LuaTable t = args.checkTable(1);
    args.checkType(2, "function");
    Object f = args.arg(2);
    Coroutine L = args.thread();
    for (int pos = t.nextPosition(null); pos >= 0; pos = t.nextPosition(t.keyAt(pos))) {
      Object r = Calls.invoke1(L, f, t.keyAt(pos), t.valueAt(pos));
      if (r != null) return r;
    }
    return Args.NONE;
  }

  // table.foreachi (table, f) -> first non-nil result of f(i, t[i])
  private static Object foreachi(Args args) {
    LuaTable t = args.checkTable(1);
    int n = t.length();
    args.checkType(2, "function");
    Object f = args.arg(2);
    Coroutine L = args.thread();
    for (int i = 1; i <= n; i++) {
      Object r = Calls.invoke1(L, f, (double) i, t.rawget(i));
      if (r != null) return r;
    }
    return Args.NONE;
  }

  // table.getn (table) -> #table
  private static Object getn(Args args) {
    return (double) args.checkTable(1).length();
  }

  // table.setn (table, n) -- obsolete since 5.1
  private static Object setn(Args args) {
    args.checkTable(1);
    throw new LuaError("'setn' is obsolete");
  }

  // table.insert (table, [pos,] value)
  private static Object insert(Args args) {
    LuaTable t = args.checkTable(1);
    int e = t.length() + 1; // first empty slot
    int pos;
    switch (args.count()) {
      case 2:
        pos = e;
        break;
      case 3:
        pos = args.checkInt(2);
        if (pos > e) e = pos; // "grows" the array
        for (int i = e; i > pos; i--) t.rawset(i, t.rawget(i - 1));
        break;
      default:
        throw new LuaError("wrong number of arguments to 'insert'");
    }
    set(t, pos, args.arg(args.count()));
    return Args.NONE;
  }

  // table.maxn (table) -> largest positive numeric key
  private static Object maxn(Args args) {
    return args.checkTable(1).maxn();
  }

  // table.remove (table [, pos]) -> removed value
  private static Object remove(Args args) {
    LuaTable t = args.checkTable(1);
    int e = t.length();
    int pos = args.optInt(2, e);
    if (!(1 <= pos && pos <= e)) return Args.NONE; // outside bounds: nothing to remove
    Object removed = t.rawget(pos);
    for (; pos < e; pos++) t.rawset(pos, t.rawget(pos + 1));
    t.rawset(e, null);
    return removed;
  }

  /** rawseti: integer keys cannot be nil or NaN, so no checks are needed. */
  private static void set(LuaTable t, int i, Object v) {
    t.rawset(i, v);
  }

  // table.sort (table [, comp])
  private static Object sort(Args args) {
    LuaTable t = args.checkTable(1);
    int n = t.length();
    if (!args.isNoneOrNil(2)) args.checkType(2, "function");
    new Sorter(args.thread(), t, args.arg(2)).sort(1, n);
    return Args.NONE;
  }

  /**
   * 5.1's quicksort (ltablib.c's auxsort), step for step: the same comparisons in the same order, so the
   * order of equal elements, the calls an inconsistent comparator sees and when "invalid order function
   * for sorting" is raised are all 5.1's. Median of three on a[l], a[(l+u)/2], a[u]; the pivot parked at
   * u-1; recursion on the smaller half, iteration on the larger.
   */
  private static final class Sorter {
    private final Coroutine L;
    private final LuaTable a;
    private final Object comparator; // null: the < operator

    Sorter(Coroutine L, LuaTable a, Object comparator) {
      this.L = L;
      this.a = a;
      this.comparator = comparator;
    }

    private boolean less(Object x, Object y) {
      if (comparator == null) return MetaOps.lessThan(L, x, y);
      return !Values.isFalse(Calls.invoke1(L, comparator, x, y));
    }

    void sort(int l, int u) {
      while (l < u) {
        // order a[l], a[(l+u)/2] and a[u]; swaps store the values read before the comparison, as 5.1's do
        Object vl = a.rawget(l);
        Object vu = a.rawget(u);
        if (less(vu, vl)) {
          a.rawset(l, vu);
          a.rawset(u, vl);
        }
        if (u - l == 1) break;
        int i = (int) (((long) l + u) / 2);
        Object vi = a.rawget(i);
        vl = a.rawget(l);
        if (less(vi, vl)) {
          a.rawset(i, vl);
          a.rawset(l, vi);
        } else {
          vu = a.rawget(u);
          if (less(vu, vi)) {
            a.rawset(i, vu);
            a.rawset(u, vi);
          }
        }
        if (u - l == 2) break;
        Object pivot = a.rawget(i);
        a.rawset(i, a.rawget(u - 1));
        a.rawset(u - 1, pivot);
        // invariant: a[l] <= pivot == a[u-1] <= a[u]; partition l+1 .. u-2
        i = l;
        int j = u - 1;
        for (;;) {
          Object ai;
          while (less(ai = a.rawget(++i), pivot)) {
            if (i > u) throw new LuaError("invalid order function for sorting");
          }
          Object aj;
          while (less(pivot, aj = a.rawget(--j))) {
            if (j < l) throw new LuaError("invalid order function for sorting");
          }
          if (j < i) break;
          a.rawset(i, aj);
          a.rawset(j, ai);
        }
        Object last = a.rawget(u - 1);
        a.rawset(u - 1, a.rawget(i));
        a.rawset(i, last);
        // recurse into the smaller part, loop on the larger one
        if (i - l < u - i) {
          sort(l, i - 1);
          l = i + 1;
        } else {
          sort(i + 1, u);
          u = i - 1;
        }
      }
    }
  }
}

package jlua.lib;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.Dump;
import jlua.vm.LuaClosure;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/**
 * The string library (reference manual §5.4). Strings are byte strings (one char per byte); positions
 * follow 5.1's rules: 1-based, negative counts from the end, out-of-range values clamped.
 */
public final class StringLib {
  private StringLib() {}

  static void open(Lua lua) {
    JavaFunction gmatch = lua.function("gmatch", Str.GMATCH);
    LuaTable string = lua.library("string",
        lua.function("byte", Str.BYTE),
        lua.function("char", Str.CHAR),
        lua.function("dump", Str.DUMP),
        lua.function("find", Str.FIND),
        lua.function("format", Str.FORMAT),
        lua.function("gfind", Str.GMATCH), // its slot, as in 5.1's strlib; then the very gmatch, below
        gmatch,
        lua.function("gsub", Str.GSUB),
        lua.function("len", Str.LEN),
        lua.function("lower", Str.LOWER),
        lua.function("match", Str.MATCH),
        lua.function("rep", Str.REP),
        lua.function("reverse", Str.REVERSE),
        lua.function("sub", Str.SUB),
        lua.function("upper", Str.UPPER));
    string.rawset("gfind", gmatch); // LUA_COMPAT_GFIND: string.gfind == string.gmatch
    LuaTable meta = new LuaTable();
    meta.rawset("__index", string);
    lua.global().stringMetatable = meta;
  }

  /** The library's functions without state of their own (see {@link FunctionSet}). */
  private enum Str implements JavaFunction.Body {
    GMATCH, BYTE, CHAR, DUMP, FIND, FORMAT, GSUB, LEN, LOWER, MATCH, REP, REVERSE, SUB, UPPER;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case GMATCH -> gmatch(a);
        case BYTE -> byteCodes(a);
        case CHAR -> chars(a);
        case DUMP -> dump(a);
        case FIND -> find(a);
        case FORMAT -> StringFormat.format(a);
        case GSUB -> gsub(a);
        case LEN -> len(a);
        case LOWER -> lower(a);
        case MATCH -> match(a);
        case REP -> rep(a);
        case REVERSE -> reverse(a);
        case SUB -> sub(a);
        case UPPER -> upper(a);
      };
    }
  }

  // string.byte (s [, i [, j]]) -> codes...
  private static Object byteCodes(Args args) {
    String s = args.checkString(1);
    long len = s.length();
    long i = relative(args.optInteger(2, 1), len);
    long j = relative(args.optInteger(3, i), len);
    if (i <= 0) i = 1;
    if (j > len) j = len;
    if (i > j) return Args.NONE;
    int count = (int) (j - i + 1);
    if (count + args.count() > Coroutine.MAX_JAVA_STACK) {
      throw new LuaError("stack overflow (string slice too long)");
    }
    Object[] r = new Object[count];
    for (int k = 0; k < count; k++) r[k] = (double) s.charAt((int) i - 1 + k);
    return r;
  }

  // string.char (...) -> string
  private static Object chars(Args args) {
    int n = args.count();
    char[] r = new char[n];
    for (int i = 1; i <= n; i++) {
      int c = args.checkInt(i);
      if ((c & 0xFF) != c) throw args.argError(i, "invalid value");
      r[i - 1] = (char) c;
    }
    return new String(r);
  }

  // string.dump (function) -> string
  private static Object dump(Args args) {
    args.checkType(1, "function");
    if (!(args.arg(1) instanceof LuaClosure f)) throw new LuaError("unable to dump given function");
    return Dump.dump(f.p);
  }

  // string.len (s) -> number
  private static Object len(Args args) {
    return (double) args.checkString(1).length();
  }

  // string.lower (s) -> string
  private static Object lower(Args args) {
    String s = args.checkString(1);
    char[] r = s.toCharArray();
    for (int i = 0; i < r.length; i++) {
      if (r[i] >= 'A' && r[i] <= 'Z') r[i] += 'a' - 'A';
    }
    return new String(r);
  }

  // string.upper (s) -> string
  private static Object upper(Args args) {
    String s = args.checkString(1);
    char[] r = s.toCharArray();
    for (int i = 0; i < r.length; i++) {
      if (r[i] >= 'a' && r[i] <= 'z') r[i] -= 'a' - 'A';
    }
    return new String(r);
  }

  // string.rep (s, n) -> string
  private static Object rep(Args args) {
    String s = args.checkString(1);
    int n = args.checkInt(2);
    if (n <= 0 || s.isEmpty()) return "";
    if ((long) s.length() * n > Integer.MAX_VALUE - 16) throw new LuaError("not enough memory");
    try {
      return s.repeat(n);
    } catch (OutOfMemoryError e) {
      throw new LuaError("not enough memory");
    }
  }

  // string.reverse (s) -> string
  private static Object reverse(Args args) {
    return new StringBuilder(args.checkString(1)).reverse().toString(); // no surrogates: chars <= 0xFF
  }

  // string.sub (s, i [, j]) -> string
  private static Object sub(Args args) {
    String s = args.checkString(1);
    long len = s.length();
    long i = relative(args.checkInteger(2), len);
    long j = relative(args.optInteger(3, -1), len);
    if (i < 1) i = 1;
    if (j > len) j = len;
    return i <= j ? s.substring((int) i - 1, (int) j) : "";
  }

  /** 5.1's posrelat: a negative position counts from the end; before the start it becomes 0. */
  private static long relative(long pos, long len) {
    if (pos < 0) pos += len + 1;
    return pos >= 0 ? pos : 0;
  }

  // ---- pattern matching ------------------------------------------------------------------------

  // string.find (s, pattern [, init [, plain]]) -> start, end, captures... | nil
  private static Object find(Args args) {
    return find(args, true);
  }

  // string.match (s, pattern [, init]) -> captures... | nil
  private static Object match(Args args) {
    return find(args, false);
  }

  private static Object find(Args args, boolean find) {
    String s = args.checkString(1);
    String pattern = args.checkString(2);
    int len = s.length();
    long init = relative(args.optInteger(3, 1), len) - 1;
    if (init < 0) init = 0;
    else if (init > len) init = len;
    if (find && (args.toBoolean(4) || LuaPattern.isPlain(pattern))) {
      int at = s.indexOf(pattern, (int) init);
      return at < 0 ? null : new Object[] {(double) (at + 1), (double) (at + pattern.length())};
    }
    LuaPattern m = new LuaPattern(s, pattern);
    boolean anchor = m.anchored();
    int p = anchor ? 1 : 0;
    int start = (int) init;
    do {
      if (!anchor) {
        start = m.nextCandidate(start, p);
        if (start < 0) break;
      }
      int end = m.match(start, p);
      if (end >= 0) {
        if (!find) return m.captures(start, end, true);
        Object[] captures = m.captures(start, end, false);
        Object[] r = new Object[captures.length + 2];
        r[0] = (double) (start + 1);
        r[1] = (double) end;
        System.arraycopy(captures, 0, r, 2, captures.length);
        return r;
      }
    } while (start++ < len && !anchor);
    return null;
  }

  // string.gmatch (s, pattern) -> iterator over the matches' captures
  private static Object gmatch(Args args) {
    String s = args.checkString(1);
    String pattern = args.checkString(2);
    LuaPattern m = new LuaPattern(s, pattern);
    int[] next = {0}; // where the next search starts
    JavaFunction iterator = new JavaFunction("gmatch_iterator", iteratorArgs -> {
      for (int start = next[0]; start <= m.n; start++) {
        start = m.nextCandidate(start, 0);
        if (start < 0) break;
        int end = m.match(start, 0); // '^' is a plain character here, as in 5.1
        if (end >= 0) {
          next[0] = end == start ? end + 1 : end; // an empty match moves on by one
          return m.captures(start, end, true);
        }
      }
      return Args.NONE;
    });
    iterator.env = args.global().globals;
    return iterator;
  }

  // string.gsub (s, pattern, repl [, n]) -> string, count
  private static Object gsub(Args args) {
    String s = args.checkString(1);
    String pattern = args.checkString(2);
    int len = s.length();
    int maxN = args.optInt(4, len + 1);
    Object repl = args.arg(3);
    if (!(repl instanceof String || repl instanceof Double || repl instanceof LuaTable
        || repl instanceof LuaFunction)) {
      throw args.argError(3, "string/function/table expected");
    }
    Replacement replacement = Replacement.of(args, repl);
    LuaPattern m = new LuaPattern(s, pattern);
    boolean anchor = m.anchored();
    int p = anchor ? 1 : 0;
    StringBuilder b = new StringBuilder(len);
    int src = 0;
    int count = 0;
    while (count < maxN) {
      if (!anchor) { // copy the stretch where no match can start at once
        int candidate = m.nextCandidate(src, p);
        int skipTo = candidate < 0 ? len : candidate;
        b.append(s, src, skipTo);
        src = skipTo;
        if (candidate < 0) break;
      }
      int end = m.match(src, p);
      if (end >= 0) {
        count++;
        replacement.append(b, m, src, end);
      }
      if (end > src) {
        src = end;
      } else if (src < len) {
        b.append(s.charAt(src++));
      } else {
        break;
      }
      if (anchor) break;
    }
    b.append(s, src, len);
    return new Object[] {b.toString(), (double) count};
  }

  /** What gsub puts in place of each match. */
  private abstract static class Replacement {
    abstract void append(StringBuilder b, LuaPattern m, int s, int e);

    static Replacement of(Args args, Object repl) {
      if (repl instanceof LuaTable table) {
        return new Replacement() {
          @Override
          void append(StringBuilder b, LuaPattern m, int s, int e) {
            Object v = MetaOps.index(args.thread(), table, m.capture(0, s, e), -1);
            appendValue(b, m, s, e, v);
          }
        };
      }
      if (repl instanceof LuaFunction fn) {
        return new Replacement() {
          @Override
          void append(StringBuilder b, LuaPattern m, int s, int e) {
            Object[] r = Calls.invoke(args.thread(), fn, m.captures(s, e, true));
            appendValue(b, m, s, e, r.length == 0 ? null : r[0]);
          }
        };
      }
      String text = Values.toStringCoerced(repl);
      if (text.indexOf('%') < 0) {
        return new Replacement() {
          @Override
          void append(StringBuilder b, LuaPattern m, int s, int e) {
            b.append(text);
          }
        };
      }
      return new Replacement() {
        @Override
        void append(StringBuilder b, LuaPattern m, int s, int e) {
          appendTemplate(b, m, s, e, text);
        }
      };
    }

    /** A string replacement: %0-%9 insert captures, '%' before anything else inserts that char. */
    private static void appendTemplate(StringBuilder b, LuaPattern m, int s, int e, String text) {
      int l = text.length();
      for (int i = 0; i < l; i++) {
        char c = text.charAt(i);
        if (c != '%') {
          b.append(c);
          continue;
        }
        c = ++i < l ? text.charAt(i) : '\0'; // 5.1 reads the string's terminating NUL
        if (!LuaPattern.isDigit(c)) {
          b.append(c);
        } else if (c == '0') {
          b.append(m.src, s, e);
        } else {
          b.append(Values.toStringCoerced(m.capture(c - '1', s, e)));
        }
      }
    }

    /** A table or function result: false or nil keeps the match, strings and numbers replace it. */
    private static void appendValue(StringBuilder b, LuaPattern m, int s, int e, Object v) {
      if (Values.isFalse(v)) {
        b.append(m.src, s, e);
      } else if (v instanceof String || v instanceof Double) {
        b.append(Values.toStringCoerced(v));
      } else {
        throw new LuaError("invalid replacement value (a " + Values.typeName(v) + ")");
      }
    }
  }
}

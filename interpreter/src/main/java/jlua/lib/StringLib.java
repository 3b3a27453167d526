package jlua.lib;

import jlua.api.Args;
import jlua.api.Lua;
import jlua.api.LuaTable;

/** The string library (reference manual §5.4). */
public final class StringLib {
  private StringLib() {}

  static void open(Lua lua) {
    LuaTable string = lua.library("string",
        lua.function("len", StringLib::len),
        lua.function("rep", StringLib::rep),
        lua.function("sub", StringLib::sub));
    LuaTable meta = new LuaTable();
    meta.rawset("__index", string);
    lua.global().stringMetatable = meta;
  }

  // string.len (s) -> number
  private static Object len(Args args) {
    return (double) args.checkString(1).length();
  }

  // string.rep (s, n) -> string
  private static Object rep(Args args) {
    String s = args.checkString(1);
    int n = args.checkInt(2);
    return n <= 0 ? "" : s.repeat(n);
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

  private static long relative(long pos, long len) {
    return pos >= 0 ? pos : pos < -len ? 0 : len + pos + 1;
  }
}

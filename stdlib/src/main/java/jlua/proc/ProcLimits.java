package jlua.proc;

import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.process.Rlimit;
import jlua.sys.OsError;
import jlua.vm.Values;

/**
 * {@code proc.limits.soft} and {@code proc.limits.hard}: tables whose fields are this process's resource
 * limits. Reading gives a number ({@code math.huge} for unlimited); assigning takes a number,
 * "unlimited" or a unit string. Lowering a hard limit below the soft one lowers the soft one too. An
 * assignment the kernel refuses raises {@code limits.nofile: Operation not permitted} (an assignment
 * has no results to carry it).
 */
final class ProcLimits {
  private ProcLimits() {}

  static LuaTable table(Lua lua, boolean soft) {
    LuaTable t = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.rawset("__index", lua.function("__index", a -> {
      Rlimit r = resource(a.arg(2));
      try {
        long v = r.get(0)[soft ? 0 : 1];
        return v == Rlimit.UNLIMITED ? Double.POSITIVE_INFINITY : (double) v;
      } catch (OsError e) {
        return e.results();
      }
    }));
    meta.rawset("__newindex", lua.function("__newindex", a -> {
      Rlimit r = resource(a.arg(2));
      Object value = a.arg(3);
      Long v = value instanceof Double d && d.isInfinite() && d > 0 ? (Long) Rlimit.UNLIMITED : r.parse(value);
      if (v == null) throw new LuaError("bad limit " + r.luaName() + " = " + Values.toDisplayString(value));
      try {
        long[] now = r.get(0);
        if (soft) r.set(0, v, now[1]);
        else r.set(0, Long.compareUnsigned(now[0], v) > 0 ? v : now[0], v);
      } catch (OsError e) {
        throw new LuaError("limits." + r.luaName() + ": " + jlua.api.Errno.text(e.errno()));
      }
      return jlua.api.Args.NONE;
    }));
    t.setMetatable(meta);
    return t;
  }

  private static Rlimit resource(Object key) {
    Rlimit r = key instanceof String s ? Rlimit.named(s) : null;
    if (r == null) {
      throw new LuaError("unknown limit '" + Values.toDisplayString(key)
          + "' (cpu, fsize, data, stack, core, rss, nproc, nofile, memlock, as)");
    }
    return r;
  }
}

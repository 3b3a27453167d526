package jlua.lib;

import static jlua.api.Args.NONE;

import java.io.IOException;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.JavaFunction.Body;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.GlobalState;
import jlua.vm.LuaClosure;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/** The basic functions (reference manual §5.1). */
public final class BaseLib {
  private BaseLib() {}

  // A class per function here, not a FunctionSet: C2 inlines a small body at a hot call site, and
  // select and unpack in loops were 7% slower behind the enum's switch (bench varargs.lua). Anonymous
  // classes, not method references: each reference links through invokedynamic at first use.
  static void open(Lua lua) {
    GlobalState g = lua.global();
    LuaTable G = g.globals;
    Body nextBody = new Body() { public Object call(Args a) { return next(a); } };
    JavaFunction next = lua.function("next", nextBody);
    JavaFunction pairsNext = lua.function("next", nextBody); // 5.1's pairs returns its own copy
    LuaTable proxies = new LuaTable(); // metatables created by newproxy(true): valid for newproxy(u)
    LuaTable weakKeys = new LuaTable();
    weakKeys.rawset("__mode", "k");
    proxies.setMetatable(weakKeys);
    // In lbaselib.c's order (base_open): a key takes its slot in a table when it arrives, and pairs
    // lists the slots, so _G lists its keys in 5.1's order only if they arrive in it.
    G.rawset("_G", G);
    JavaFunction[] functions = {
      lua.function("assert", new Body() { public Object call(Args a) { return assertion(a); } }),
      lua.function("collectgarbage", new Body() { public Object call(Args a) { return collectgarbage(a); } }),
      lua.function("dofile", new Body() { public Object call(Args a) { return dofile(a); } }),
      lua.function("error", new Body() { public Object call(Args a) { return error(a); } }),
      lua.function("gcinfo", new Body() { public Object call(Args a) { return gcinfo(a); } }),
      lua.function("getfenv", new Body() { public Object call(Args a) { return getfenv(a); } }),
      lua.function("getmetatable", new Body() { public Object call(Args a) { return getmetatable(a); } }),
      lua.function("loadfile", new Body() { public Object call(Args a) { return loadfile(a); } }),
      lua.function("load", new Body() { public Object call(Args a) { return load(a); } }),
      lua.function("loadstring", new Body() { public Object call(Args a) { return loadstring(a); } }),
      next,
      lua.function("pcall", new Body() { public Object call(Args a) { return pcall(a); } }),
      lua.function("print", new Body() { public Object call(Args a) { return print(a); } }),
      lua.function("rawequal", new Body() { public Object call(Args a) { return rawequal(a); } }),
      lua.function("rawget", new Body() { public Object call(Args a) { return rawget(a); } }),
      lua.function("rawset", new Body() { public Object call(Args a) { return rawset(a); } }),
      lua.function("select", new Body() { public Object call(Args a) { return select(a); } }),
      lua.function("setfenv", new Body() { public Object call(Args a) { return setfenv(a); } }),
      lua.function("setmetatable", new Body() { public Object call(Args a) { return setmetatable(a); } }),
      lua.function("tonumber", new Body() { public Object call(Args a) { return tonumber(a); } }),
      lua.function("tostring", new Body() { public Object call(Args a) { return tostring(a); } }),
      lua.function("type", new Body() { public Object call(Args a) { return type(a); } }),
      lua.function("unpack", new Body() { public Object call(Args a) { return unpack(a); } }),
      lua.function("xpcall", new Body() { public Object call(Args a) { return xpcall(a); } }),
    };
    for (JavaFunction f : functions) G.rawset(f.name(), f);
    G.rawset("_VERSION", "Lua 5.1");
    JavaFunction[] withUpvalues = { // set after _VERSION in 5.1
      lua.function("ipairs", ipairs(lua)),
      lua.function("pairs", new Body() { public Object call(Args a) { return pairs(a, pairsNext); } }),
      lua.function("newproxy", new Body() { public Object call(Args a) { return newproxy(a, proxies); } }),
    };
    for (JavaFunction f : withUpvalues) G.rawset(f.name(), f);
  }

  // assert (v [, message]) -> v, message...
  private static Object assertion(Args args) {
    args.checkAny(1);
    if (!args.toBoolean(1)) throw new LuaError(args.optString(2, "assertion failed!"));
    return args.from(1);
  }

  // collectgarbage ([opt [, arg]]) -> number | boolean
  private static Object collectgarbage(Args args) {
    int option = args.checkOption(1, "collect", "stop", "restart", "collect", "count", "step", "setpause",
        "setstepmul");
    int arg = args.optInt(2, 0);
    GcSupport gc = GcSupport.of(args.global());
    switch (option) {
      case 2:
        gc.fullCollect(args.thread());
        return 0.0;
      case 3:
        return gc.usedKilobytes();
      case 4:
        gc.fullCollect(args.thread());
        return Boolean.TRUE;
      case 5:
        return (double) gc.setPause(arg);
      case 6:
        return (double) gc.setStepMultiplier(arg);
      default:
        return 0.0;
    }
  }

  // gcinfo () -> kilobytes in use
  private static Object gcinfo(Args args) {
    return Math.floor(GcSupport.of(args.global()).usedKilobytes());
  }

  // dofile ([filename]) -> ...
  private static Object dofile(Args args) {
    String name = args.optString(1, null);
    LuaFunction f;
    try {
      f = Chunks.loadFile(args.thread(), name, args.thread().env);
    } catch (Chunks.LoadFailure e) {
      throw LuaError.raw(e.getMessage());
    }
    return Calls.invoke(args.thread(), f);
  }

  // error (message [, level])
  private static Object error(Args args) {
    int level = args.optInt(2, 1);
    Object value = args.arg(1);
    if ((value instanceof String || value instanceof Double) && level > 0) {
      Coroutine L = args.thread();
      int ci = DebugInfo.levelToCall(L, level);
      String where = ci > 0 ? DebugInfo.where(L, ci) : "";
      value = where + Values.toStringCoerced(value);
    }
    throw LuaError.raw(value);
  }

  // getfenv ([f]) -> table
  private static Object getfenv(Args args) {
    Object f = functionOrLevel(args, true);
    if (!(f instanceof LuaClosure closure)) return args.thread().env;
    return closure.env;
  }

  // setfenv (f, table) -> f
  private static Object setfenv(Args args) {
    LuaTable env = args.checkTable(2);
    Object f = functionOrLevel(args, false);
    if (args.arg(1) instanceof Double d && d == 0) {
      args.thread().env = env;
      return NONE;
    }
    if (!(f instanceof LuaClosure closure)) {
      throw new LuaError("'setfenv' cannot change environment of given object");
    }
    closure.env = env;
    return closure;
  }

  /** 5.1's getfunc: the function given, or the one running at the given stack level. */
  private static Object functionOrLevel(Args args, boolean optional) {
    if (args.arg(1) instanceof LuaFunction f) return f;
    int level = optional ? args.optInt(1, 1) : args.checkInt(1);
    if (level < 0) throw args.argError(1, "level must be non-negative");
    Coroutine L = args.thread();
    int ci = DebugInfo.levelToCall(L, level);
    if (ci == -1) throw args.argError(1, "invalid level");
    if (ci < -1) throw new LuaError("no function environment for tail call at level " + level);
    return DebugInfo.functionAt(L, ci);
  }

  // getmetatable (object) -> table | __metatable field | nil
  private static Object getmetatable(Args args) {
    Object v = args.checkAny(1);
    LuaTable mt = MetaOps.metatable(args.global(), v);
    if (mt == null) return null;
    Object protectedValue = mt.rawget("__metatable");
    return protectedValue != null ? protectedValue : mt;
  }

  // setmetatable (table, metatable) -> table
  private static Object setmetatable(Args args) {
    String type = args.typeName(2);
    LuaTable t = args.checkTable(1);
    if (!type.equals("nil") && !type.equals("table")) throw args.argError(2, "nil or table expected");
    LuaTable old = t.getMetatable();
    if (old != null && old.rawget("__metatable") != null) {
      throw new LuaError("cannot change a protected metatable");
    }
    t.setMetatable((LuaTable) args.arg(2));
    return t;
  }

  // ipairs (t) -> iterator, t, 0
  private static JavaFunction.Body ipairs(Lua lua) {
    JavaFunction iterator = lua.function("ipairs_iterator", new Body() {
      @Override
      public Object call(Args args) {
        LuaTable t = args.checkTable(1);
        int i = args.checkInt(2) + 1;
        Object v = t.rawget(i);
        return v == null ? NONE : new Object[] {(double) i, v};
      }
    });
    return new Body() {
      @Override
      public Object call(Args args) {
        args.checkTable(1);
        return new Object[] {iterator, args.arg(1), 0.0};
      }
    };
  }

  // next (table [, index]) -> key, value | nil
  private static Object next(Args args) {
    LuaTable t = args.checkTable(1);
    int pos = t.nextPosition(args.arg(2));
    if (pos < 0) return null;
    return new Object[] {t.keyAt(pos), t.valueAt(pos)};
  }

  // pairs (t) -> next, t, nil
  private static Object pairs(Args args, JavaFunction next) {
    args.checkTable(1);
    return new Object[] {next, args.arg(1), null};
  }

  // load (func [, chunkname]) -> function | nil, message
  private static Object load(Args args) {
    String chunkName = args.optString(2, "=(load)");
    LuaFunction reader = args.checkFunction(1);
    StringBuilder code = new StringBuilder();
    Coroutine L = args.thread();
    try {
      for (;;) {
        Object[] r = Calls.protectedInvoke(L, reader, Args.NONE); // unwinds the reader's frames on error
        Object piece = r.length > 0 ? r[0] : null;
        if (piece == null) break;
        if (!(piece instanceof String) && !(piece instanceof Double)) {
          throw LuaError.raw(DebugInfo.where(L, args.callLevel() - 1) + "reader function must return a string");
        }
        String s = Values.toStringCoerced(piece);
        if (s.isEmpty()) break;
        code.append(s);
      }
    } catch (LuaError e) {
      return new Object[] {null, e.value()};
    }
    return Chunks.loadOrMessage(L, code.toString(), chunkName, L.env);
  }

  // loadstring (string [, chunkname]) -> function | nil, message
  private static Object loadstring(Args args) {
    String code = args.checkString(1);
    String chunkName = args.optString(2, code);
    Coroutine L = args.thread();
    return Chunks.loadOrMessage(L, code, chunkName, L.env);
  }

  // loadfile ([filename]) -> function | nil, message
  private static Object loadfile(Args args) {
    String name = args.optString(1, null);
    try {
      return Chunks.loadFile(args.thread(), name, args.thread().env);
    } catch (Chunks.LoadFailure e) {
      return new Object[] {null, e.getMessage()};
    }
  }

  // newproxy ([boolean | proxy]) -> userdata
  private static Object newproxy(Args args, LuaTable validMetatables) {
    Object v = args.arg(1);
    GlobalState g = args.global();
    Userdata u = GcSupport.of(g).newProxy();
    if (Values.isFalse(v)) return u;
    if (v instanceof Boolean) {
      LuaTable mt = new LuaTable();
      validMetatables.rawset(mt, Boolean.TRUE);
      u.metatable = mt;
      return u;
    }
    LuaTable mt = MetaOps.metatable(g, v);
    if (mt == null || validMetatables.rawget(mt) != Boolean.TRUE) {
      throw args.argError(1, "boolean or proxy expected");
    }
    u.metatable = mt;
    return u;
  }

  // pcall (f, ...) -> true, ... | false, message
  private static Object pcall(Args args) {
    args.checkAny(1);
    return protectedCall(args, true, null);
  }

  // xpcall (f, handler) -> true, ... | false, handler(message)
  private static Object xpcall(Args args) {
    args.checkAny(2);
    Object handler = args.arg(2);
    return protectedCall(args, false, handler == null ? Calls.INVALID_HANDLER : handler);
  }

  /** Calls argument 1 protected; pcall passes its other arguments on, xpcall passes none. */
  private static Object protectedCall(Args args, boolean passArguments, Object handler) {
    Coroutine L = args.thread();
    int func = L.top;
    L.push(args.arg(1));
    if (passArguments) {
      for (int i = 2; i <= args.count(); i++) L.push(args.arg(i));
    }
    LuaError err = Calls.pcall(L, func, -1, handler);
    if (err != null) {
      L.top = func;
      return new Object[] {Boolean.FALSE, err.value()};
    }
    Object[] results = new Object[L.top - func + 1];
    results[0] = Boolean.TRUE;
    for (int i = func; i < L.top; i++) results[i - func + 1] = L.getBoxed(i);
    L.top = func;
    return results;
  }

  // print (...)
  private static Object print(Args args) {
    Coroutine L = args.thread();
    Object tostring = MetaOps.index(L, L.env, "tostring", -1);
    GlobalState g = args.global();
    try {
      for (int i = 1; i <= args.count(); i++) {
        Object s = Calls.invokeWith1(L, tostring, args.arg(i));
        if (!(s instanceof String) && !(s instanceof Double)) {
          throw new LuaError("'tostring' must return a string to 'print'");
        }
        if (i > 1) g.stdout.write('\t');
        String text = Values.toStringCoerced(s);
        int nul = text.indexOf('\0');
        g.stdout.write(Values.bytes(nul < 0 ? text : text.substring(0, nul))); // fputs stops at \0
      }
      g.stdout.write('\n');
      if (g.lineBufferedStdout) g.stdout.flush();
    } catch (IOException e) {
      // like C's fputs, print ignores write errors
    }
    return NONE;
  }

  // rawequal (v1, v2) -> boolean
  private static Object rawequal(Args args) {
    args.checkAny(1);
    args.checkAny(2);
    return Values.rawEquals(args.arg(1), args.arg(2));
  }

  // rawget (table, index) -> value
  private static Object rawget(Args args) {
    LuaTable t = args.checkTable(1);
    args.checkAny(2);
    return t.rawget(args.arg(2));
  }

  // rawset (table, index, value) -> table
  private static Object rawset(Args args) {
    LuaTable t = args.checkTable(1);
    args.checkAny(2);
    args.checkAny(3);
    t.rawset(args.arg(2), args.arg(3));
    return t;
  }

  // select (index, ...) -> ...
  private static Object select(Args args) {
    int n = args.count();
    if (args.arg(1) instanceof String s && s.startsWith("#")) return args.number(n - 1);
    long i = args.checkInt(1);
    if (i < 0) i = n + i;
    else if (i > n) i = n;
    if (i < 1) throw args.argError(1, "index out of range");
    return args.stackResults(n - (int) i); // the arguments after i are already the top of the stack
  }

  // tonumber (e [, base]) -> number | nil
  private static Object tonumber(Args args) {
    int base = args.optInt(2, 10);
    if (base == 10) {
      args.checkAny(1);
      return Values.toNumber(args.arg(1));
    }
    String s = args.checkString(1);
    if (base < 2 || base > 36) throw args.argError(2, "base out of range");
    return CNumbers.strtoul(s, base);
  }

  // tostring (e) -> string
  private static Object tostring(Args args) {
    args.checkAny(1);
    return MetaOps.tostring(args.thread(), args.arg(1));
  }

  // type (v) -> string
  private static Object type(Args args) {
    args.checkAny(1);
    return Values.typeName(args.arg(1));
  }

  // unpack (list [, i [, j]]) -> ...
  private static Object unpack(Args args) {
    LuaTable t = args.checkTable(1);
    int i = args.optInt(2, 1);
    int e = args.isNoneOrNil(3) ? t.length() : args.checkInt(3);
    if (i > e) return NONE;
    long n = (long) e - i + 1;
    if (n <= 0 || n + args.count() > Coroutine.MAX_JAVA_STACK) {
      throw new LuaError("too many results to unpack");
    }
    Coroutine L = args.thread();
    L.ensureStack((int) n);
    for (int k = 0; k < n; k++) L.setBoxed(L.top++, t.rawget(i + k));
    return args.stackResults((int) n);
  }
}

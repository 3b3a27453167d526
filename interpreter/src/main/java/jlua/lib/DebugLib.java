package jlua.lib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.Hooks;
import jlua.vm.Loader;
import jlua.vm.LuaClosure;
import jlua.vm.MetaOps;
import jlua.vm.Proto;
import jlua.vm.Values;

/** The debug library (reference manual §5.9), with 5.1's ldblib semantics. */
public final class DebugLib {
  private DebugLib() {}

  static void open(Lua lua) {
    lua.library("debug", FunctionSet.of(lua, Debug.values()));
  }

  /** The library's functions (see {@link FunctionSet}), in ldblib.c's order: pairs lists them as 5.1 does. */
  private enum Debug implements JavaFunction.Body {
    DEBUG, GETFENV, GETHOOK, GETINFO, GETLOCAL, GETREGISTRY, GETMETATABLE, GETUPVALUE, SETFENV, SETHOOK,
    SETLOCAL, SETMETATABLE, SETUPVALUE, TRACEBACK;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case DEBUG -> debug(a);
        case GETFENV -> getfenv(a);
        case GETHOOK -> gethook(a);
        case GETINFO -> getinfo(a);
        case GETLOCAL -> getlocal(a);
        case GETMETATABLE -> getmetatable(a);
        case GETREGISTRY -> a.global().registry;
        case GETUPVALUE -> upvalue(a, true);
        case SETFENV -> setfenv(a);
        case SETHOOK -> sethook(a);
        case SETLOCAL -> setlocal(a);
        case SETMETATABLE -> setmetatable(a);
        case SETUPVALUE -> upvalue(a, false);
        case TRACEBACK -> traceback(a);
      };
    }
  }

  /** The optional leading thread argument of several functions: returns 1 when present, else 0. */
  private static int threadArgument(Args args) {
    return args.arg(1) instanceof Coroutine ? 1 : 0;
  }

  private static Coroutine targetThread(Args args) {
    return args.arg(1) instanceof Coroutine co ? co : args.thread();
  }

  // debug.debug (): a tiny REPL on stdin/stderr until "cont"
  private static Object debug(Args args) {
    BufferedReader in = new BufferedReader(new InputStreamReader(args.global().stdinStream(), StandardCharsets.ISO_8859_1));
    Coroutine L = args.thread();
    for (;;) {
      writeStderr(args, "lua_debug> ");
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        return Args.NONE;
      }
      if (line == null || line.equals("cont")) return Args.NONE;
      try {
        LuaFunction f = Loader.load(line + "\n", "=(debug command)", L.env, false, DebugInfo.cCallDepth(L));
        Calls.protectedInvoke(L, f, new Object[0]);
      } catch (LuaError e) {
        writeStderr(args, Values.toDisplayString(e.value()) + "\n");
      }
    }
  }

  private static void writeStderr(Args args, String text) {
    try {
      args.global().stderr.write(Values.bytes(text));
    } catch (IOException e) {
      // stderr is gone; nothing to report to
    }
  }

  // debug.getfenv (o) -> table | nil
  private static Object getfenv(Args args) {
    Object o = args.checkAny(1);
    if (o instanceof LuaFunction f) return f.env;
    if (o instanceof Userdata u) return u.env;
    if (o instanceof Coroutine co) return co.env;
    return null;
  }

  // debug.setfenv (o, table) -> o
  private static Object setfenv(Args args) {
    LuaTable env = args.checkTable(2);
    Object o = args.arg(1);
    if (o instanceof LuaFunction f) {
      f.env = env;
    } else if (o instanceof Userdata u) {
      u.env = env;
    } else if (o instanceof Coroutine co) {
      co.env = env;
    } else {
      throw new LuaError("'setfenv' cannot change environment of given object");
    }
    return o;
  }

  // debug.gethook ([thread]) -> hook, mask, count
  private static Object gethook(Args args) {
    Coroutine L = targetThread(args);
    int mask = Hooks.mask(L);
    StringBuilder smask = new StringBuilder();
    if ((mask & Hooks.MASK_CALL) != 0) smask.append('c');
    if ((mask & Hooks.MASK_RET) != 0) smask.append('r');
    if ((mask & Hooks.MASK_LINE) != 0) smask.append('l');
    return new Object[] {Hooks.function(L), smask.toString(), (double) (mask == 0 ? 0 : Hooks.count(L))};
  }

  // debug.sethook ([thread,] hook, mask [, count])
  private static Object sethook(Args args) {
    int arg = threadArgument(args);
    Coroutine L = targetThread(args);
    if (args.isNoneOrNil(arg + 1)) {
      Hooks.set(L, null, 0, 0);
      return Args.NONE;
    }
    String smask = args.checkString(arg + 2);
    args.checkType(arg + 1, "function");
    int count = args.optInt(arg + 3, 0);
    int mask = 0;
    if (smask.indexOf('c') >= 0) mask |= Hooks.MASK_CALL;
    if (smask.indexOf('r') >= 0) mask |= Hooks.MASK_RET;
    if (smask.indexOf('l') >= 0) mask |= Hooks.MASK_LINE;
    Hooks.set(L, args.arg(arg + 1), mask, count);
    return Args.NONE;
  }

  // debug.getinfo ([thread,] function | level [, what]) -> table | nil
  private static Object getinfo(Args args) {
    int arg = threadArgument(args);
    Coroutine L = targetThread(args);
    String options = args.optString(arg + 2, "flnSu");
    LuaFunction f;
    int ci = -1; // CallInfo index when describing an active function
    boolean tailCall = false;
    if (args.isNumber(arg + 1)) {
      ci = DebugInfo.levelToCall(L, args.checkInt(arg + 1));
      if (ci == -1) return null;
      tailCall = ci < -1;
      f = tailCall ? null : DebugInfo.functionAt(L, ci);
    } else if (args.arg(arg + 1) instanceof LuaFunction fn) {
      f = fn;
    } else {
      throw args.argError(arg + 1, "function or level expected");
    }
    for (char c : options.toCharArray()) {
      if ("SlunfL".indexOf(c) < 0) throw args.argError(arg + 2, "invalid option");
    }
    LuaTable t = new LuaTable(0, 2);
    if (tailCall) {
      describeTailCall(t, options);
    } else {
      describe(t, options, L, f, ci);
    }
    if (options.indexOf('L') >= 0) t.rawset("activelines", activeLines(f));
    if (options.indexOf('f') >= 0) t.rawset("func", f);
    return t;
  }

  private static void describe(LuaTable t, String options, Coroutine L, LuaFunction f, int ci) {
    Proto p = f instanceof LuaClosure c ? c.p : null;
    if (options.indexOf('S') >= 0) {
      String source = p == null ? "=[C]" : p.source;
      t.rawset("source", source);
      t.rawset("short_src", jlua.grammar.ChunkId.format(source));
      t.rawset("linedefined", (double) (p == null ? -1 : p.lineDefined));
      t.rawset("lastlinedefined", (double) (p == null ? -1 : p.lastLineDefined));
      t.rawset("what", p == null ? "C" : p.lineDefined == 0 ? "main" : "Lua");
    }
    if (options.indexOf('l') >= 0) t.rawset("currentline", (double) (ci > 0 ? DebugInfo.currentLine(L, ci) : -1));
    if (options.indexOf('u') >= 0) t.rawset("nups", (double) (p == null ? 0 : p.nups));
    if (options.indexOf('n') >= 0) {
      DebugInfo.Name name = ci > 0 ? DebugInfo.functionName(L, ci) : null;
      // name first, even when nil: 5.1 sets it anyway, and a key set to nil still takes its slot,
      // which shapes the order pairs lists the others in
      t.rawset("name", name == null ? null : name.name());
      t.rawset("namewhat", name == null ? "" : name.kind());
    }
  }

  private static void describeTailCall(LuaTable t, String options) {
    if (options.indexOf('S') >= 0) {
      t.rawset("source", "=(tail call)");
      t.rawset("short_src", "(tail call)");
      t.rawset("linedefined", -1.0);
      t.rawset("lastlinedefined", -1.0);
      t.rawset("what", "tail");
    }
    if (options.indexOf('l') >= 0) t.rawset("currentline", -1.0);
    if (options.indexOf('u') >= 0) t.rawset("nups", 0.0);
    if (options.indexOf('n') >= 0) {
      t.rawset("name", "");
      t.rawset("namewhat", "");
    }
  }

  private static Object activeLines(LuaFunction f) {
    if (!(f instanceof LuaClosure c)) return null;
    LuaTable lines = new LuaTable();
    for (int line : c.p.lineInfo) lines.rawset(line, Boolean.TRUE);
    return lines;
  }

  // debug.getlocal ([thread,] level, local) -> name, value | nil
  private static Object getlocal(Args args) {
    int arg = threadArgument(args);
    Coroutine L = targetThread(args);
    int ci = callAtLevel(args, arg + 1, L);
    int n = args.checkInt(arg + 2);
    if (ci < -1) return null; // a lost tail call has no locals
    String name = DebugInfo.localNameAt(L, ci, n);
    if (name == null) return null;
    return new Object[] {name, DebugInfo.localValue(L, ci, n)};
  }

  /** The call at the level in argument {@code i} (below -1: a lost tail call); "level out of range" if none. */
  private static int callAtLevel(Args args, int i, Coroutine L) {
    int ci = DebugInfo.levelToCall(L, args.checkInt(i));
    if (ci == -1) throw args.argError(i, "level out of range");
    return ci;
  }

  // debug.setlocal ([thread,] level, local, value) -> name | nil
  private static Object setlocal(Args args) {
    int arg = threadArgument(args);
    Coroutine L = targetThread(args);
    int ci = callAtLevel(args, arg + 1, L);
    int n = args.checkInt(arg + 2);
    args.checkAny(arg + 3);
    if (ci < -1) return null;
    String name = DebugInfo.localNameAt(L, ci, n);
    if (name != null) DebugInfo.setLocalValue(L, ci, n, args.arg(arg + 3));
    return name;
  }

  // debug.getupvalue (f, n) -> name, value  /  debug.setupvalue (f, n, value) -> name
  private static Object upvalue(Args args, boolean get) {
    int n = args.checkInt(2);
    args.checkType(1, "function");
    if (!get) args.checkAny(3);
    if (!(args.arg(1) instanceof LuaClosure c)) return Args.NONE; // Java functions have no upvalues
    if (n < 1 || n > c.p.upvalueNames.length || n > c.upvals.length) return Args.NONE;
    String name = c.p.upvalueNames[n - 1];
    if (get) return new Object[] {name, c.upvals[n - 1].get()};
    c.upvals[n - 1].set(args.arg(3));
    return name;
  }

  // debug.getmetatable (object) -> table | nil (raw, ignoring __metatable)
  private static Object getmetatable(Args args) {
    args.checkAny(1);
    return MetaOps.metatable(args.global(), args.arg(1));
  }

  // debug.setmetatable (object, table) -> true
  private static Object setmetatable(Args args) {
    String type = args.typeName(2);
    if (!type.equals("nil") && !type.equals("table")) throw args.argError(2, "nil or table expected");
    LuaTable mt = (LuaTable) args.arg(2);
    Object o = args.arg(1);
    if (o instanceof LuaTable t) {
      t.setMetatable(mt);
    } else if (o instanceof Userdata u) {
      u.metatable = mt;
    } else {
      args.global().setTypeMetatable(o, mt);
    }
    return Boolean.TRUE;
  }

  // debug.traceback ([thread,] [message [, level]]) -> string
  private static Object traceback(Args args) {
    int arg = threadArgument(args);
    Coroutine L = args.thread();
    Coroutine target = targetThread(args);
    int level = args.isNumber(arg + 2) ? args.checkInt(arg + 2) : target == L ? 1 : 0;
    String message = null;
    if (args.count() > arg) {
      Object m = args.arg(arg + 1);
      if (!(m instanceof String) && !(m instanceof Double)) return m;
      message = Values.toStringCoerced(m);
    }
    return DebugInfo.traceback(target, message, level);
  }
}

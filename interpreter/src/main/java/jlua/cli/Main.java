package jlua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import jlua.lib.Chunks;
import jlua.lib.GcSupport;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.GlobalState;
import jlua.vm.Loader;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/**
 * The {@code jlua} command: lua.c of Lua 5.1 — options, the {@code arg} table, LUA_INIT, scripts,
 * stdin, the REPL, and error reports with tracebacks on stderr.
 */
public final class Main {
  private static final String PROGNAME = "jlua";
  private static final String VERSION = "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio";
  private static final long STACK_SIZE = 1L << 29; // deep parser/compiler recursion stays off the guard page

  private final String[] argv; // argv[0] is the launcher's path, as C's argv
  private final Lua lua;
  private final GlobalState g;
  private String progname = PROGNAME;
  private int status;

  private Main(String[] argv) {
    this.argv = argv;
    this.lua = new Lua();
    this.g = lua.global();
    g.lineBufferedStdout = Terminal.stdoutIsTerminal();
  }

  public static void main(String[] args) throws InterruptedException {
    if (!"off".equals(System.getenv("JLUA_CACHE"))) {
      java.nio.file.Path dir = jlua.vm.ChunkCache.defaultDirectory();
      if (dir != null) Loader.cache = jlua.vm.ChunkCache.enable(dir);
    }
    String launcher = System.getProperty("jlua.launcher", "jlua");
    String[] argv = new String[args.length + 1];
    argv[0] = launcher;
    for (int i = 0; i < args.length; i++) argv[i + 1] = Terminal.bytesOf(args[i]);
    int[] exit = new int[1];
    Runnable script = new Runnable() { // anonymous classes, not lambdas, at start-up: see jlua.lib.FunctionSet
      @Override
      public void run() {
        exit[0] = new Main(argv).run();
      }
    };
    Thread t = new Thread(null, script, "jlua", STACK_SIZE);
    t.start();
    t.join();
    System.exit(exit[0]);
  }

  /** lua.c's main: runs pmain as a Java function at the bottom of the Lua stack. */
  private int run() {
    Coroutine L = g.mainThread;
    int func = L.top;
    L.push(lua.function("pmain", new JavaFunction.Body() {
      @Override
      public Object call(Args args) {
        return pmain(args);
      }
    }));
    LuaError err = Calls.pcall(L, func, 0, null);
    if (err != null) report(new Failure(err.value()));
    GcSupport.of(g).closeState(L);
    jlua.lib.IoLib.closeAll(g); // lua_close collects every file handle, closing the files
    flush(g.stdout);
    return status != 0 || err != null ? 1 : 0;
  }

  private Object pmain(Args args) {
    status = handleLuaInit();
    if (status != 0) return Args.NONE;
    int[] flags = new int[3]; // has -i, has -v, has -e
    int script = collectArgs(flags);
    if (script < 0) {
      printUsage();
      status = 1;
      return Args.NONE;
    }
    if (flags[1] != 0) message(null, VERSION);
    status = runArgs(script > 0 ? script : argv.length);
    if (status != 0) return Args.NONE;
    if (script > 0) status = handleScript(script);
    if (status != 0) return Args.NONE;
    if (flags[0] != 0) {
      new Repl(this).run();
    } else if (script == 0 && flags[2] == 0 && flags[1] == 0) {
      if (Terminal.stdinIsTerminal()) {
        message(null, VERSION);
        new Repl(this).run();
      } else {
        status = doFile(null);
      }
    }
    return Args.NONE;
  }

  /** lua.c's collectargs: index of the script, 0 for none, -1 for a bad option. */
  private int collectArgs(int[] flags) {
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("-")) return i;
      if (a.length() == 1) return i; // "-": stdin
      switch (a.charAt(1)) {
        case '-':
          if (a.length() != 2) return -1;
          return i + 1 < argv.length ? i + 1 : 0;
        case 'i':
          if (a.length() != 2) return -1;
          flags[0] = 1;
          flags[1] = 1; // -i implies -v, as in lua.c
          break;
        case 'v':
          if (a.length() != 2) return -1;
          flags[1] = 1;
          break;
        case 'e':
          flags[2] = 1;
          if (a.length() == 2 && ++i >= argv.length) return -1;
          break;
        case 'l':
          if (a.length() == 2 && ++i >= argv.length) return -1;
          break;
        default:
          return -1;
      }
    }
    return 0;
  }

  /** lua.c's runargs: executes -e and -l options in order. */
  private int runArgs(int n) {
    for (int i = 1; i < n; i++) {
      String a = argv[i];
      if (a.length() < 2 || a.charAt(0) != '-') continue;
      char option = a.charAt(1);
      if (option == 'e' || option == 'l') {
        String value = a.length() > 2 ? a.substring(2) : argv[++i];
        int s = option == 'e' ? doString(value, "=(command line)") : doLibrary(value);
        if (s != 0) return s;
      }
    }
    return 0;
  }

  private int handleScript(int n) {
    LuaTable arg = new LuaTable(argv.length - n - 1, n + 1);
    for (int i = 0; i < argv.length; i++) arg.rawset(i - n, argv[i]);
    g.globals.rawset("arg", arg);
    String fname = argv[n];
    if (fname.equals("-") && !argv[n - 1].equals("--")) fname = null;
    Object[] scriptArgs = new Object[argv.length - n - 1];
    System.arraycopy(argv, n + 1, scriptArgs, 0, scriptArgs.length);
    LuaFunction chunk;
    try {
      chunk = Chunks.loadFile(g.mainThread, fname, g.globals);
    } catch (Chunks.LoadFailure e) {
      return report(new Failure(e.getMessage()));
    }
    return report(doCall(chunk, scriptArgs, true));
  }

  private int handleLuaInit() {
    String init = System.getenv("LUA_INIT");
    if (init == null) return 0;
    if (init.startsWith("@")) return doFile(init.substring(1));
    return doString(init, "=LUA_INIT");
  }

  int doFile(String name) {
    try {
      return report(doCall(Chunks.loadFile(g.mainThread, name, g.globals), new Object[0], true));
    } catch (Chunks.LoadFailure e) {
      return report(new Failure(e.getMessage()));
    }
  }

  private int doString(String code, String chunkName) {
    LuaFunction f;
    try {
      f = Loader.load(code, chunkName, g.globals, false, 1);
    } catch (LuaError e) {
      return report(new Failure(e.value()));
    }
    return report(doCall(f, new Object[0], true));
  }

  private int doLibrary(String name) {
    Object require = g.globals.rawget("require");
    return report(doCall(require, new Object[] {name}, true));
  }

  /** Outcome of a protected call: the error value, or the results (for the REPL). */
  record Failure(Object value) {}

  /** lua.c's docall: a protected call with the traceback handler. */
  Object doCall(Object f, Object[] args, boolean clear) {
    Coroutine L = g.mainThread;
    int func = L.top;
    L.push(f);
    for (Object a : args) L.push(a);
    LuaError err = Calls.pcall(L, func, clear ? 0 : -1, lua.function("traceback", new JavaFunction.Body() {
      @Override
      public Object call(Args args) {
        return traceback(args);
      }
    }));
    if (err != null) {
      L.top = func;
      return new Failure(err.value());
    }
    Object[] results = new Object[L.top - func];
    for (int i = 0; i < results.length; i++) results[i] = L.getBoxed(func + i);
    L.top = func;
    return results;
  }

  /** lua.c's traceback message handler: debug.traceback(msg, 2) when available. */
  private Object traceback(Args args) {
    Object msg = args.arg(1);
    if (!(msg instanceof String) && !(msg instanceof Double)) return msg;
    Coroutine L = args.thread();
    Object debug = MetaOps.index(L, L.env, "debug", -1);
    if (!(debug instanceof LuaTable)) return msg;
    Object tb = MetaOps.index(L, debug, "traceback", -1);
    if (!(tb instanceof LuaFunction)) return msg;
    Object[] r = Calls.invoke(L, tb, msg, 2.0);
    return r.length > 0 ? r[0] : null;
  }

  /** lua.c's report: prints a failure's message (if any) and returns the status. */
  int report(Object outcome) {
    if (!(outcome instanceof Failure f)) return 0;
    Object v = f.value();
    if (v != null) message(progname, v instanceof String || v instanceof Double
        ? Values.toStringCoerced(v) : "(error object is not a string)");
    return 1;
  }

  void message(String name, String text) {
    flushIfTerminal();
    StringBuilder sb = new StringBuilder();
    if (name != null) sb.append(name).append(": ");
    sb.append(text).append('\n');
    try {
      g.stderr.write(Values.bytes(sb.toString()));
      g.stderr.flush();
    } catch (IOException e) {
      // nothing sensible to do when stderr is gone
    }
  }

  private void flushIfTerminal() {
    if (g.lineBufferedStdout) flush(g.stdout);
  }

  private void printUsage() {
    message(null, "usage: " + PROGNAME + " [options] [script [args]].\n"
        + "Available options are:\n"
        + "  -e stat  execute string 'stat'\n"
        + "  -l name  require library 'name'\n"
        + "  -i       enter interactive mode after executing 'script'\n"
        + "  -v       show version information\n"
        + "  --       stop handling options\n"
        + "  -        execute stdin and stop handling options");
  }

  static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      // C's exit() ignores flush failures as well
    }
  }

  // ---- for the REPL ----------------------------------------------------------------------------

  Lua lua() {
    return lua;
  }

  void setProgname(String name) {
    progname = name;
  }

  String progname() {
    return progname;
  }

  BufferedReader stdinReader() {
    return new BufferedReader(new InputStreamReader(g.stdinStream(), StandardCharsets.ISO_8859_1));
  }
}

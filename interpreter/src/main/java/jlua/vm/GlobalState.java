package jlua.vm;

import jlua.api.LuaTable;

/** What all coroutines of one Lua state share (5.1's global_State): registry, globals, metatables. */
public final class GlobalState {
  public final LuaTable registry = new LuaTable();
  public final LuaTable globals = new LuaTable(0, 2); // as lua_newstate makes it: pairs order follows
  /** The metatable shared by all strings (string.* methods). */
  public LuaTable stringMetatable;
  /** Metatables of the other non-table types, indexed like {@link Values#TYPE_NAMES}. */
  public final LuaTable[] typeMetatables = new LuaTable[9];
  public final Coroutine mainThread;
  /** The coroutine running Lua code right now. */
  public Coroutine running;
  /** The embedding handle this state belongs to. */
  public jlua.api.Lua owner;
  /** Java modules that require() can load by name (see Lua.preload). */
  public final java.util.Map<String, java.util.function.Function<jlua.api.Lua, Object>> javaModules =
      new java.util.HashMap<>();
  /**
   * Standard output as print sees it. Once the io library is open this writes through io.stdout's
   * buffer (C's one stdout FILE), so print and io.write interleave as in C.
   */
  public java.io.OutputStream stdout = new java.io.BufferedOutputStream(
      new java.io.FileOutputStream(java.io.FileDescriptor.out), 8192);
  /** Standard error, unbuffered as C's stderr. */
  public java.io.OutputStream stderr = new java.io.FileOutputStream(java.io.FileDescriptor.err);
  /**
   * Standard input for io.stdin, loadfile(nil), the REPL and debug.debug; null means the process's
   * descriptor 0. Set it before the libraries are opened (new Lua(false), then Libraries.openAll).
   */
  public java.io.InputStream stdin;

  /** The stream to read standard input from. */
  public java.io.InputStream stdinStream() {
    return stdin != null ? stdin : System.in;
  }
  /** Whether stdout is a terminal, so output is flushed at each line as C's stdio does. */
  public boolean lineBufferedStdout;
  /** The io library's state (default files, open files), see jlua.lib.IoLib. */
  public Object io;
  /** Garbage-collection bookkeeping of the base library (finalizers, pause settings). */
  public Object gcSupport;
  /** Userdata with a __gc metamethod waiting to be finalized on the Lua thread. */
  public final java.util.concurrent.ConcurrentLinkedQueue<Object> pendingFinalizers =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  public GlobalState() {
    mainThread = new Coroutine(this, globals);
    mainThread.status = Coroutine.Status.RUNNING;
    mainThread.started = true;
    running = mainThread;
  }

  /** A new coroutine sharing this state, with {@code env} as its global table. */
  public Coroutine newCoroutine(LuaTable env) {
    return new Coroutine(this, env);
  }

  /** Sets the metatable of a non-table, non-userdata type, as debug.setmetatable does. */
  public void setTypeMetatable(Object sample, LuaTable mt) {
    if (sample instanceof String) stringMetatable = mt;
    else typeMetatables[MetaOps.typeIndex(sample)] = mt;
  }
}

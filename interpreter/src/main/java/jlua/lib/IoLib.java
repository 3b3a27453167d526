package jlua.lib;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ConcurrentHashMap;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.lib.io.Backend;
import jlua.lib.io.LuaFile;
import jlua.lib.io.LuaFile.Buffering;
import jlua.vm.GlobalState;
import jlua.vm.NumberFormat;
import jlua.vm.Values;

/**
 * The input and output library (reference manual §5.7). A file handle is a userdata whose payload is a
 * {@link LuaFile} and whose metatable is the shared "FILE*" table of methods (registry["FILE*"]), as in
 * 5.1. Files the program forgets are closed when the JVM collects their handle; all open files are
 * flushed at os.exit and closed when the state closes, as C's exit and lua_close do.
 */
public final class IoLib {
  private IoLib() {}

  private static final String FILEHANDLE = "FILE*";

  /** The io library's part of a Lua state. */
  private static final class State {
    final LuaTable meta = new LuaTable();
    /** The environment of every file handle (5.1 gives files a table holding their __close). */
    final LuaTable fileEnv = new LuaTable();
    final Set<LuaFile> open = ConcurrentHashMap.newKeySet(); // not yet closed, std files excluded
    Userdata input;
    Userdata output;
    LuaFile stdout;
  }

  /** Closes files whose handle the JVM found unreachable (5.1's __gc of file handles). */
  private static final class Collector {
    static final Cleaner CLEANER = Cleaner.create();
  }

  static void open(Lua lua) {
    GlobalState g = lua.global();
    State state = new State();
    g.io = state;
    LuaTable meta = state.meta;
    for (JavaFunction f : FunctionSet.of(lua, FileMethod.values())) meta.rawset(f.name(), f);
    meta.rawset("__index", meta);
    state.fileEnv.rawset("__close", meta.rawget("close"));
    g.registry.rawset(FILEHANDLE, meta);

    Backend in = g.stdin != null ? Backend.of(g.stdin, null)
        : Backend.of(new FileInputStream(FileDescriptor.in).getChannel());
    LuaFile stdin = LuaFile.standard(in, true, false, Buffering.FULL);
    LuaFile stdout = LuaFile.standard(Backend.of(null, g.stdout), false, true, Buffering.FULL);
    stdout.lineBufferedWhen(new BooleanSupplier() { // not lambdas: see FunctionSet
      @Override
      public boolean getAsBoolean() {
        return g.lineBufferedStdout;
      }
    });
    stdin.beforeFill(new Runnable() {
      @Override
      public void run() {
        if (g.lineBufferedStdout) stdout.flushQuietly();
      }
    });
    LuaFile stderr = LuaFile.standard(Backend.of(null, g.stderr), false, true, Buffering.NO);
    g.stdout = stdout.asOutputStream(); // print shares io.stdout's buffer
    state.stdout = stdout;
    Userdata stdinHandle = handle(state, stdin);
    Userdata stdoutHandle = handle(state, stdout);
    state.input = stdinHandle;
    state.output = stdoutHandle;

    LuaTable io = lua.library("io", FunctionSet.of(lua, Io.values()));
    io.rawset("stdin", stdinHandle);
    io.rawset("stdout", stdoutHandle);
    io.rawset("stderr", handle(state, stderr));
  }

  /**
   * The methods of file handles (registry["FILE*"]); like the io functions they find the library's
   * state through the calling Lua state (see {@link FunctionSet}).
   */
  private enum FileMethod implements JavaFunction.Body {
    __GC, __TOSTRING, CLOSE, FLUSH, LINES, READ, SEEK, SETVBUF, WRITE;

    @Override
    public Object call(Args a) {
      State state = state(a);
      return switch (this) {
        case __GC -> gc(a, state);
        case __TOSTRING -> tostring(a, state);
        case CLOSE -> close(a, checkOpen(a, state));
        case FLUSH -> result(checkFile(a, state), LuaFile::flush);
        case LINES -> lines(a.global().owner, checkHandle(a, state), false);
        case READ -> read(a, checkFile(a, state), 2);
        case SEEK -> seek(a);
        case SETVBUF -> setvbuf(a);
        case WRITE -> write(a, checkFile(a, state), 2);
      };
    }
  }

  /** The functions of the io table. */
  private enum Io implements JavaFunction.Body {
    CLOSE, FLUSH, INPUT, LINES, OPEN, OUTPUT, POPEN, READ, TMPFILE, TYPE, WRITE;

    @Override
    public Object call(Args a) {
      State state = state(a);
      return switch (this) {
        case CLOSE -> close(a, a.isNone(1) ? state.output : checkOpen(a, state));
        case FLUSH -> result(defaultFile(state.output, "output"), LuaFile::flush);
        case INPUT -> defaultFile(a, state, true);
        case LINES -> ioLines(a.global().owner, a, state);
        case OPEN -> open(a, state);
        case OUTPUT -> defaultFile(a, state, false);
        case POPEN -> popen(a, state);
        case READ -> read(a, defaultFile(state.input, "input"), 1);
        case TMPFILE -> tmpfile(state);
        case TYPE -> type(a, state);
        case WRITE -> write(a, defaultFile(state.output, "output"), 1);
      };
    }
  }

  // ---- handles -------------------------------------------------------------------------------------

  /** Opens a file; when descriptors run out, forgotten handles are collected first, as Lua's GC would have. */
  private static LuaFile openFile(String name, String mode) throws IOException {
    try {
      return LuaFile.open(name, mode);
    } catch (IOException e) {
      if (OsErrors.errno(e) != jlua.api.Errno.EMFILE) throw e;
      System.gc();
      try {
        Thread.sleep(100); // the cleaner thread closes what the collection found
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return LuaFile.open(name, mode);
    }
  }

  /** A new handle for a file; files other than the standard ones are tracked until closed. */
  private static Userdata handle(State state, LuaFile f) {
    Userdata u = new Userdata(f);
    u.metatable = state.meta;
    u.env = state.fileEnv;
    if (f.kind != LuaFile.Kind.STANDARD) {
      state.open.add(f);
      Collector.CLEANER.register(u, f::closeQuietly);
    }
    return u;
  }

  /** luaL_checkudata(L, 1, "FILE*"). */
  private static Userdata checkHandle(Args args, State state) {
    if (args.arg(1) instanceof Userdata u && u.metatable == state.meta && u.payload() instanceof LuaFile) {
      return u;
    }
    throw args.typeError(1, FILEHANDLE);
  }

  /** 5.1's tofile: the handle, which must not be closed. */
  private static Userdata checkOpen(Args args, State state) {
    Userdata u = checkHandle(args, state);
    if (((LuaFile) u.payload()).isClosed()) throw new LuaError("attempt to use a closed file");
    return u;
  }

  private static LuaFile checkFile(Args args, State state) {
    return (LuaFile) checkOpen(args, state).payload();
  }

  /** 5.1's getiofile: the default input or output, which must still be open. */
  private static LuaFile defaultFile(Userdata handle, String which) {
    LuaFile f = (LuaFile) handle.payload();
    if (f.isClosed()) throw new LuaError("standard " + which + " file is closed");
    return f;
  }

  private static State state(Args args) {
    return (State) args.global().io;
  }

  // ---- results -------------------------------------------------------------------------------------

  /** An operation that may fail with an errno. */
  private interface FileOperation {
    void run(LuaFile f) throws IOException;
  }

  /** 5.1's pushresult: true, or nil, strerror, errno. */
  private static Object result(LuaFile f, FileOperation op) {
    try {
      op.run(f);
      return Boolean.TRUE;
    } catch (IOException e) {
      return OsErrors.failure(null, e);
    }
  }

  /** fileerror: a failed open of a file named by argument {@code arg} is an argument error. */
  private static LuaError fileError(Args args, int arg, String name, IOException e) {
    return args.argError(arg, OsErrors.message(name, e));
  }

  // ---- io functions ----------------------------------------------------------------------------------

  // io.open (filename [, mode]) -> file | nil, message, errno
  private static Object open(Args args, State state) {
    String name = args.checkString(1);
    String mode = args.optString(2, "r");
    try {
      return handle(state, openFile(name, mode));
    } catch (IOException e) {
      return OsErrors.failure(name, e);
    }
  }

  // io.popen (prog [, mode]) -> file | nil, message, errno
  private static Object popen(Args args, State state) {
    String command = args.checkString(1);
    String mode = args.optString(2, "r");
    flushAll(args.global()); // glibc's popen flushes every output stream before it spawns (system does not)
    try {
      return handle(state, LuaFile.popen(command, mode));
    } catch (IOException e) {
      return OsErrors.failure(command, e);
    }
  }

  // io.tmpfile () -> file | nil, message, errno
  private static Object tmpfile(State state) {
    try {
      return handle(state, LuaFile.tmpfile());
    } catch (IOException e) {
      return OsErrors.failure(null, e);
    }
  }

  // io.type (obj) -> "file" | "closed file" | nil
  private static Object type(Args args, State state) {
    args.checkAny(1);
    if (!(args.arg(1) instanceof Userdata u) || u.metatable != state.meta || !(u.payload() instanceof LuaFile f)) {
      return null;
    }
    return f.isClosed() ? "closed file" : "file";
  }

  // io.input ([file | name]) / io.output ([file | name]) -> the default file
  private static Object defaultFile(Args args, State state, boolean input) {
    if (!args.isNoneOrNil(1)) {
      String name = Values.toStringCoerced(args.arg(1));
      Userdata chosen;
      if (name != null) {
        try {
          chosen = handle(state, openFile(name, input ? "r" : "w"));
        } catch (IOException e) {
          throw fileError(args, 1, name, e);
        }
      } else {
        chosen = checkOpen(args, state);
      }
      if (input) state.input = chosen;
      else state.output = chosen;
    }
    return input ? state.input : state.output;
  }

  // io.lines ([filename]) -> iterator over lines (closing the file at its end when it opened it)
  private static Object ioLines(Lua lua, Args args, State state) {
    if (args.isNone(1)) return lines(lua, checkOpenHandle(state.input), false);
    if (args.arg(1) == null) throw args.typeError(1, FILEHANDLE); // 5.1 checks the nil it was given
    String name = args.checkString(1);
    try {
      return lines(lua, handle(state, openFile(name, "r")), true);
    } catch (IOException e) {
      throw fileError(args, 1, name, e);
    }
  }

  private static Userdata checkOpenHandle(Userdata u) {
    if (((LuaFile) u.payload()).isClosed()) throw new LuaError("attempt to use a closed file");
    return u;
  }

  /** 5.1's aux_lines: an iterator reading lines from a handle. */
  private static Object lines(Lua lua, Userdata handle, boolean closeAtEnd) {
    checkOpenHandle(handle);
    return lua.function("lines_iterator", args -> {
      LuaFile f = (LuaFile) handle.payload();
      if (f.isClosed()) throw new LuaError("file is already closed");
      String line;
      try {
        line = f.readLine();
      } catch (IOException e) {
        throw new LuaError(OsErrors.strerror(OsErrors.errno(e)));
      }
      if (line != null) return line;
      if (closeAtEnd) close(args, handle);
      return Args.NONE;
    });
  }

  // io.close ([file]) / file:close () -> true | nil, message [, errno]
  private static Object close(Args args, Userdata handle) {
    LuaFile f = (LuaFile) handle.payload();
    if (f.isClosed()) throw new LuaError("attempt to use a closed file");
    if (f.kind == LuaFile.Kind.STANDARD) return new Object[] {null, "cannot close standard file"};
    State state = state(args);
    try {
      f.close();
      return Boolean.TRUE;
    } catch (IOException e) {
      return OsErrors.failure(null, e);
    } finally {
      state.open.remove(f);
    }
  }

  // __gc (file): closes a file still open (standard files stay open)
  private static Object gc(Args args, State state) {
    Userdata u = checkHandle(args, state);
    LuaFile f = (LuaFile) u.payload();
    if (!f.isClosed() && f.kind != LuaFile.Kind.STANDARD) {
      f.closeQuietly();
      state.open.remove(f);
    }
    return Args.NONE;
  }

  // __tostring (file) -> "file (0x...)" | "file (closed)"
  private static Object tostring(Args args, State state) {
    Userdata u = checkHandle(args, state);
    if (((LuaFile) u.payload()).isClosed()) return "file (closed)";
    return "file (0x" + Long.toHexString(u.address()) + ")";
  }

  // ---- reading and writing ----------------------------------------------------------------------------

  // io.read (...) / file:read (...) -> one value per format: string | number | nil
  private static Object read(Args args, LuaFile f, int first) {
    int nargs = args.count() - first + 1;
    f.clearError();
    try {
      if (nargs <= 0) return f.readLine();
      List<Object> results = new ArrayList<>(nargs);
      boolean success = true;
      for (int n = first; n <= args.count() && success; n++) {
        Object format = args.arg(n);
        Object value;
        if (format instanceof Double d) {
          long count = Values.toInteger(d);
          value = count == 0 ? (f.atEnd() ? null : "") : readChars(f, count);
        } else {
          String p = format instanceof String s ? s : null;
          if (p == null || p.isEmpty() || p.charAt(0) != '*') throw args.argError(n, "invalid option");
          switch (p.length() > 1 ? p.charAt(1) : '\0') {
            case 'n' -> value = f.isReadable() ? jlua.lib.io.NumberReader.read(f) : null; // fscanf: no ferror
            case 'l' -> value = f.readLine();
            case 'a' -> value = f.read(-1);
            default -> throw args.argError(n, "invalid format");
          }
        }
        success = value != null;
        results.add(value);
      }
      return results.toArray();
    } catch (IOException e) {
      return OsErrors.failure(null, e);
    }
  }

  /** read_chars: count bytes (a negative count is C's huge size_t); nil when nothing is left. */
  private static String readChars(LuaFile f, long count) throws IOException {
    String s = f.read(count);
    return s.isEmpty() ? null : s;
  }

  // io.write (...) / file:write (...) -> true | nil, message, errno
  private static Object write(Args args, LuaFile f, int first) {
    IOException failure = null;
    for (int i = first; i <= args.count(); i++) {
      Object v = args.arg(i);
      String s = v instanceof Double d ? NumberFormat.toLuaString(d) : args.checkString(i);
      if (failure != null) continue; // once a write failed the rest are skipped, but still checked
      try {
        f.write(s);
      } catch (IOException e) {
        failure = e;
      }
    }
    return failure == null ? Boolean.TRUE : OsErrors.failure(null, failure);
  }

  // file:seek ([whence [, offset]]) -> position | nil, message, errno
  private static Object seek(Args args) {
    LuaFile f = checkFile(args, state(args));
    int whence = args.checkOption(2, "cur", "set", "cur", "end");
    long offset = args.optInteger(3, 0);
    try {
      return (double) f.seek(whence, offset);
    } catch (IOException e) {
      return OsErrors.failure(null, e);
    }
  }

  // file:setvbuf (mode [, size]) -> true | nil, message, errno
  private static Object setvbuf(Args args) {
    LuaFile f = checkFile(args, state(args));
    int mode = args.checkOption(2, null, "no", "full", "line");
    long size = args.optInteger(3, 8192);
    Buffering b = mode == 0 ? Buffering.NO : mode == 1 ? Buffering.FULL : Buffering.LINE;
    return result(f, file -> file.setBuffering(b, size));
  }

  // ---- the end of the program --------------------------------------------------------------------------

  /** exit(3): flushes every open file and stdout. */
  public static void flushAll(GlobalState g) {
    if (!(g.io instanceof State state)) return;
    state.stdout.flushQuietly(); // first: a command on a pipe answers only after its input arrives
    for (LuaFile f : state.open) f.flushQuietly();
  }

  /** lua_close: closes every file still open (waiting for popen commands) and flushes stdout. */
  public static void closeAll(GlobalState g) {
    if (!(g.io instanceof State state)) return;
    for (LuaFile f : state.open) f.closeQuietly();
    state.open.clear();
    state.stdout.flushQuietly();
  }
}

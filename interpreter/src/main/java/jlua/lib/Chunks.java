package jlua.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.vm.Coroutine;
import jlua.vm.LuaClosure;
import jlua.vm.Loader;
import jlua.vm.Values;

/** Loading chunks from strings, files and stdin with lauxlib's messages (luaL_loadfile & co). */
public final class Chunks {
  private Chunks() {}

  /** A chunk that could not be loaded; the message is what 5.1's loaders return. */
  public static final class LoadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    LoadFailure(String message) {
      super(message, null, false, false);
    }
  }

  /** loadstring semantics: the closure, or {nil, message}. */
  static Object loadOrMessage(Coroutine L, String code, String chunkName, LuaTable env) {
    try {
      return Loader.load(code, chunkName, env, false, depth(L));
    } catch (LuaError e) {
      return new Object[] {null, e.value()};
    }
  }

  /** lua5.1's C-call depth at this point, which its parser's nesting limit counts. */
  static int depth(Coroutine L) {
    return Math.max(1, jlua.vm.DebugInfo.cCallDepth(L));
  }

  /** luaL_loadfile: {@code filename} null means stdin. */
  public static LuaClosure loadFile(Coroutine L, String filename, LuaTable env) throws LoadFailure {
    String chunkName = filename == null ? "=stdin" : "@" + filename;
    byte[] bytes;
    try {
      bytes = filename == null ? L.global.stdinStream().readAllBytes() : Files.readAllBytes(Platform.path(filename));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      String name = filename == null ? "stdin" : filename;
      String what = e instanceof IOException io && OsErrors.errno(io) == jlua.api.Errno.EISDIR ? "read" : "open";
      String reason = e instanceof IOException io ? OsErrors.strerror(OsErrors.errno(io)) : "Invalid argument";
      throw new LoadFailure("cannot " + what + " " + name + ": " + reason);
    }
    String code = Values.string(bytes, 0, bytes.length);
    try {
      return Loader.load(code, chunkName, env, true, depth(L));
    } catch (LuaError e) {
      throw new LoadFailure(String.valueOf(e.value()));
    }
  }
}

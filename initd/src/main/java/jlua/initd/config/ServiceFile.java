package jlua.initd.config;

import java.nio.file.Path;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;

/**
 * One loaded service file: its own Lua state, in which its rc-modules' start() and stop() run. A Lua
 * state serves one thread at a time, so every call into it holds this file's lock; services of
 * different files run concurrently.
 */
public final class ServiceFile {
  /** What start() said: up, or the reason it failed. */
  public record Outcome(boolean up, String reason) {
    static final Outcome UP = new Outcome(true, null);

    static Outcome failed(String reason) {
      return new Outcome(false, reason);
    }
  }

  private final Path path;
  private final Lua lua;
  private final String digest;
  private final Object lock = new Object();

  ServiceFile(Path path, Lua lua, String digest) {
    this.path = path;
    this.lua = lua;
    this.digest = digest;
  }

  public Path path() {
    return path;
  }

  /** SHA-256 of the file's bytes: an rc-module whose file changed is restarted by a reload. */
  public String digest() {
    return digest;
  }

  /**
   * Runs the module's start(): returning true, or nothing, means up; false or nil (with an optional
   * message) or an error means failed. A module without start() is up at once.
   */
  public Outcome start(LuaTable module) {
    synchronized (lock) {
      Object f = module.rawget("start");
      if (f == null) return Outcome.UP;
      if (!(f instanceof LuaFunction)) return Outcome.failed("start is not a function");
      Object[] results;
      try {
        results = lua.call(f);
      } catch (LuaError e) {
        return Outcome.failed(e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return Outcome.failed("internal error: " + e);
      }
      if (results.length == 0) return Outcome.UP;
      Object first = results[0];
      if (first != null && first != Boolean.FALSE) return Outcome.UP;
      if (results.length > 1 && results[1] instanceof String message) return Outcome.failed(message);
      return Outcome.failed("start() returned " + (first == null ? "nil" : "false"));
    }
  }

  /** Runs the module's stop(); returns null when it finished, else the error. */
  public String stop(LuaTable module) {
    synchronized (lock) {
      Object f = module.rawget("stop");
      if (f == null) return null;
      if (!(f instanceof LuaFunction)) return "stop is not a function";
      try {
        lua.call(f);
        return null;
      } catch (LuaError e) {
        return e.getMessage();
      } catch (RuntimeException | StackOverflowError e) {
        return "internal error: " + e;
      }
    }
  }
}

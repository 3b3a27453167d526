package jlua.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.Cwd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the module tests: a fresh Lua state with the stdlib modules required as globals, run with a
 * temporary directory as the current directory (so tests use relative paths), restored afterwards.
 */
public abstract class LuaFiles {
  @TempDir
  protected Path dir;

  protected Lua lua;
  private Path savedCwd;

  @BeforeEach
  void openState() {
    savedCwd = Cwd.get();
    Cwd.set(dir);
    lua = new Lua();
    lua.set("T", dir.toString());
    lua.run("fs = require 'fs'; unix = require 'unix'; lfs = require 'lfs'; archive = require 'archive'");
  }

  @AfterEach
  void restoreCwd() {
    Cwd.set(savedCwd);
  }

  /** All results of a chunk. */
  protected Object[] run(String code) {
    return lua.run(code);
  }

  /** The first result of a chunk. */
  protected Object value(String code) {
    Object[] r = lua.run(code);
    return r.length == 0 ? null : r[0];
  }

  /** Asserts the chunk returns exactly true. */
  protected void ok(String code) {
    Object[] r = lua.run(code);
    assertEquals(Boolean.TRUE, r.length > 0 ? r[0] : null, () -> "expected true from " + code + ", got " + describe(r));
  }

  /** Asserts the chunk returns nil, message, errno. */
  protected void fails(String code, String message, int errno) {
    Object[] r = lua.run(code);
    assertEquals(3, r.length, () -> "expected nil, message, errno from " + code + ", got " + describe(r));
    assertNull(r[0]);
    assertEquals(message, r[1]);
    assertEquals((double) errno, r[2]);
  }

  /** The message of the error a chunk raises. */
  protected String error(String code) {
    try {
      lua.run(code);
    } catch (LuaError e) {
      return String.valueOf(e.value());
    }
    throw new AssertionError("no error from " + code);
  }

  protected static String describe(Object[] r) {
    return java.util.Arrays.toString(r);
  }
}

package jlua.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jlua.lib.Libraries;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.GlobalState;
import jlua.vm.Loader;
import jlua.vm.Values;

/**
 * An isolated Lua 5.1 state: the entry point for Java programs that embed Lua.
 *
 * <pre>{@code
 * Lua lua = new Lua();
 * lua.register("greet", args -> "hello, " + args.checkString(1));
 * Object[] r = lua.run("return greet('world'), 1 + 2");   // {"hello, world", 3.0}
 * }</pre>
 *
 * <p>Values cross the boundary as plain Java objects: nil is {@code null}, booleans {@link Boolean},
 * numbers {@link Double} (any {@link Number} is accepted), strings {@link String} (one char per byte),
 * tables {@link LuaTable}, functions {@link LuaFunction}. A state must be used by one thread at a time.
 */
public final class Lua {
  private final GlobalState global;

  /** A state with all standard libraries open. */
  public Lua() {
    this(true);
  }

  /** A state with the standard libraries open or not. */
  public Lua(boolean openLibraries) {
    global = new GlobalState();
    global.owner = this;
    if (openLibraries) Libraries.openAll(this);
  }

  /** The VM-level state (for library implementations). */
  public GlobalState global() {
    return global;
  }

  /** The global table {@code _G}. */
  public LuaTable globals() {
    return global.globals;
  }

  public Object get(String name) {
    return global.globals.rawget(name);
  }

  public void set(String name, Object value) {
    global.globals.rawset(name, Values.fromJava(value));
  }

  /** Defines a global Java function. */
  public JavaFunction register(String name, JavaFunction.Body body) {
    JavaFunction f = function(name, body);
    global.globals.rawset(name, f);
    return f;
  }

  /** A Java function value (not yet stored anywhere), with this state's globals as environment. */
  public JavaFunction function(String name, JavaFunction.Body body) {
    JavaFunction f = new JavaFunction(name, body);
    f.env = global.globals;
    return f;
  }

  /**
   * Creates or extends the library table {@code name} (a global and {@code package.loaded[name]})
   * with the given functions; the registration idiom of every library, ours and yours. A new table is
   * presized for them, as luaL_register presizes it: with the functions given in the C library's
   * order, pairs then lists them as 5.1 does.
   */
  public LuaTable library(String name, JavaFunction... functions) {
    LuaTable lib = global.globals.rawget(name) instanceof LuaTable t ? t : new LuaTable(0, functions.length);
    for (JavaFunction f : functions) {
      f.env = global.globals;
      lib.rawset(f.name(), f);
    }
    global.globals.rawset(name, lib);
    if (global.registry.rawget("_LOADED") instanceof LuaTable loaded) loaded.rawset(name, lib);
    return lib;
  }

  /**
   * Makes a Java module available to {@code require(name)}: the opener runs at the first require and
   * its result becomes the module's value.
   */
  public void preload(String name, java.util.function.Function<Lua, Object> opener) {
    global.javaModules.put(name, opener);
  }

  // ---- loading and running ---------------------------------------------------------------------

  /**
   * Compiles a chunk.
   *
   * @param chunkName how error messages name it: "=name" shows "name", "@file" shows "file"
   * @throws LuaError with 5.1's syntax error message
   */
  public LuaFunction load(String code, String chunkName) {
    return Loader.load(code, chunkName, global.globals, false, 1);
  }

  /** Compiles a file (bytes read as ISO-8859-1, a first line starting with '#' skipped). */
  public LuaFunction loadFile(Path file) throws IOException {
    String code = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return Loader.load(code, "@" + file, global.globals, true, 1);
  }

  /** Runs a chunk of code and returns its results. */
  public Object[] run(String code) {
    return call(load(code, "=" + firstLine(code)));
  }

  private static String firstLine(String code) {
    int nl = code.indexOf('\n');
    return "(embedded) " + (nl < 0 ? code : code.substring(0, nl));
  }

  /**
   * Calls a Lua value with arguments and returns all results.
   *
   * @throws LuaError when the call raises an error; {@link LuaError#value()} is the Lua error value
   */
  public Object[] call(Object function, Object... args) {
    Coroutine L = global.running;
    Object[] luaArgs = new Object[args.length];
    for (int i = 0; i < args.length; i++) luaArgs[i] = Values.fromJava(args[i]);
    return Calls.protectedInvoke(L, function, luaArgs);
  }

  /** Calls a global function by name. */
  public Object[] callGlobal(String name, Object... args) {
    return call(get(name), args);
  }
}

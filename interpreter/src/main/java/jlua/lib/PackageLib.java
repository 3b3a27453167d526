package jlua.lib;

import java.nio.file.Files;
import java.nio.file.Path;
import jlua.api.Args;
import jlua.api.JavaFunction.Body;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaModule;
import jlua.api.LuaTable;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.DebugInfo;
import jlua.vm.LuaClosure;
import jlua.vm.MetaOps;
import jlua.vm.Values;

/**
 * Modules (reference manual §5.3): require, module and the package table, with 5.1's four loaders in
 * order — preload, Lua files on package.path, compiled modules (here: Java modules found by name, and
 * package.cpath searched only to report), and the all-in-one root loader.
 */
public final class PackageLib {
  private PackageLib() {}

  static final String DEFAULT_PATH = "./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;"
      + "/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;"
      + "/usr/share/lua/5.1/?/init.lua";
  static final String DEFAULT_CPATH = "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;"
      + "/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
  /** 5.1's message when built without dynamic library support (loadlib's "absent" case). */
  static final String NO_DYNAMIC_LIBRARIES = "dynamic libraries not enabled; check your Lua installation";
  private static final Object LOADING = new Object(); // 5.1's sentinel: _LOADED[name] while loading

  // In loadlib.c's order: a key takes its slot in a table when it arrives, and pairs lists the slots,
  // so package, package.loaded and _G list their keys in 5.1's order only if they arrive in it.
  static void open(Lua lua) {
    LuaTable loaded = new LuaTable(0, 1); // 5.1 makes it when the base library registers _G
    lua.global().registry.rawset("_LOADED", loaded);
    for (String name : new String[] {"_G", "coroutine", "string", "table", "math", "io", "os", "debug"}) {
      if (lua.globals().rawget(name) instanceof LuaTable t) loaded.rawset(name, t); // those opened already
    }
    LuaTable pkg = new LuaTable(0, 2);
    loaded.rawset("package", pkg);
    lua.globals().rawset("package", pkg);
    pkg.rawset("loadlib", lua.function("loadlib", new Body() { public Object call(Args a) { return loadlib(a); } }));
    pkg.rawset("seeall", lua.function("seeall", new Body() { public Object call(Args a) { return seeall(a); } }));
    // anonymous classes, not lambdas, for the functions that keep tables of this state (see FunctionSet)
    Body preload = new Body() { public Object call(Args a) { return preloadLoader(a, pkg); } };
    Body luaFiles = new Body() { public Object call(Args a) { return luaLoader(a, pkg); } };
    Body javaModules = new Body() { public Object call(Args a) { return javaLoader(lua, a, pkg); } };
    Body javaRoots = new Body() { public Object call(Args a) { return rootLoader(a, pkg); } };
    LuaTable loaders = new LuaTable(4, 0);
    loaders.rawset(1, lua.function("loader_preload", preload));
    loaders.rawset(2, lua.function("loader_Lua", luaFiles));
    loaders.rawset(3, lua.function("loader_C", javaModules));
    loaders.rawset(4, lua.function("loader_Croot", javaRoots));
    pkg.rawset("loaders", loaders);
    pkg.rawset("path", path("LUA_PATH", DEFAULT_PATH));
    pkg.rawset("cpath", path("LUA_CPATH", DEFAULT_CPATH));
    pkg.rawset("config", "/\n;\n?\n!\n-");
    pkg.rawset("loaded", loaded);
    pkg.rawset("preload", new LuaTable());
    lua.register("module", new Body() { public Object call(Args a) { return module(a, loaded); } });
    lua.register("require", new Body() { public Object call(Args a) { return require(a, pkg, loaded); } });
  }

  /** A search path from the environment, where ";;" stands for the default path. */
  private static String path(String variable, String defaultPath) {
    String value = System.getenv(variable);
    if (value == null) return defaultPath;
    return value.replace(";;", ";\u0001;").replace("\u0001", defaultPath);
  }

  // require (modname) -> module value
  private static Object require(Args args, LuaTable pkg, LuaTable loaded) {
    String name = args.checkString(1);
    Coroutine L = args.thread();
    Object existing = loaded.rawget(name);
    if (!Values.isFalse(existing)) {
      if (existing == LOADING) throw new LuaError("loop or previous error loading module '" + name + "'");
      return existing;
    }
    if (!(pkg.rawget("loaders") instanceof LuaTable loaders)) {
      throw new LuaError("'package.loaders' must be a table");
    }
    StringBuilder notFound = new StringBuilder();
    Object loader;
    for (int i = 1; ; i++) {
      Object candidate = loaders.rawget(i);
      if (candidate == null) throw new LuaError("module '" + name + "' not found:" + notFound);
      loader = Calls.invokeWith1(L, candidate, name);
      if (loader instanceof jlua.api.LuaFunction) break;
      if (loader instanceof String || loader instanceof Double) notFound.append(Values.toStringCoerced(loader));
    }
    loaded.rawset(name, LOADING);
    Object value = Calls.invokeWith1(L, loader, name);
    if (value != null) loaded.rawset(name, value);
    if (loaded.rawget(name) == LOADING) {
      loaded.rawset(name, Boolean.TRUE);
      return Boolean.TRUE;
    }
    return loaded.rawget(name);
  }

  private static Object preloadLoader(Args args, LuaTable pkg) {
    String name = args.checkString(1);
    if (!(pkg.rawget("preload") instanceof LuaTable preload)) {
      throw new LuaError("'package.preload' must be a table");
    }
    Object f = MetaOps.index(args.thread(), preload, name, -1);
    return f != null ? f : "\n\tno field package.preload['" + name + "']";
  }

  private static Object luaLoader(Args args, LuaTable pkg) {
    String name = args.checkString(1);
    StringBuilder tried = new StringBuilder();
    String file = findFile(name, pkg, "path", tried);
    if (file == null) return tried.toString();
    try {
      return Chunks.loadFile(args.thread(), file, args.thread().env);
    } catch (Chunks.LoadFailure e) {
      throw loadError(name, file, e.getMessage());
    }
  }

  /** Java modules by name; otherwise package.cpath is searched so the error lists it, as 5.1's does. */
  private static Object javaLoader(Lua lua, Args args, LuaTable pkg) {
    String name = args.checkString(1);
    java.util.function.Function<Lua, Object> opener = lua.global().javaModules.get(name);
    if (opener == null) opener = discover(name);
    if (opener != null) {
      java.util.function.Function<Lua, Object> open = opener;
      return lua.function(name, a -> open.apply(lua));
    }
    StringBuilder tried = new StringBuilder();
    String file = findFile(name, pkg, "cpath", tried);
    if (file == null) return tried.toString();
    throw loadError(name, file, NO_DYNAMIC_LIBRARIES);
  }

  private static java.util.function.Function<Lua, Object> discover(String name) {
    LuaModule m = JavaModules.find(name);
    return m == null ? null : m::open;
  }

  private static Object rootLoader(Args args, LuaTable pkg) {
    String name = args.checkString(1);
    int dot = name.indexOf('.');
    if (dot < 0) return jlua.api.Args.NONE;
    StringBuilder tried = new StringBuilder();
    String file = findFile(name.substring(0, dot), pkg, "cpath", tried);
    if (file == null) return tried.toString();
    throw loadError(name, file, NO_DYNAMIC_LIBRARIES);
  }

  private static LuaError loadError(String name, String file, String message) {
    return new LuaError("error loading module '" + name + "' from file '" + file + "':\n\t" + message);
  }

  /** 5.1's findfile: the first readable file of the path templates, recording the ones tried. */
  private static String findFile(String name, LuaTable pkg, String field, StringBuilder tried) {
    String fileName = name.replace('.', '/');
    Object path = pkg.rawget(field);
    if (!(path instanceof String) && !(path instanceof Double)) {
      throw new LuaError("'package." + field + "' must be a string");
    }
    for (String template : Values.toStringCoerced(path).split(";")) {
      if (template.isEmpty()) continue;
      String candidate = template.replace("?", fileName);
      if (readable(candidate)) return candidate;
      tried.append("\n\tno file '").append(candidate).append('\'');
    }
    return null;
  }

  private static boolean isElf(String file) {
    try (java.io.InputStream in = Files.newInputStream(Platform.path(file))) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean readable(String file) {
    try {
      Path p = Platform.path(file);
      return Files.isReadable(p) && !Files.isDirectory(p);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  // package.loadlib (libname, funcname) -> nil, message, "open" | "absent": no C libraries on the JVM
  private static Object loadlib(Args args) {
    String path = args.checkString(1);
    args.checkString(2);
    if (!readable(path)) { // the dynamic loader's own report for a missing library
      return new Object[] {null, path + ": cannot open shared object file: No such file or directory", "open"};
    }
    if (!isElf(path)) return new Object[] {null, path + ": invalid ELF header", "open"};
    return new Object[] {null, NO_DYNAMIC_LIBRARIES, "absent"}; // a real library: we cannot run C code
  }

  // package.seeall (module): module sees the globals through __index
  private static Object seeall(Args args) {
    LuaTable module = args.checkTable(1);
    LuaTable mt = module.getMetatable();
    if (mt == null) {
      mt = new LuaTable(0, 1);
      module.setMetatable(mt);
    }
    mt.rawset("__index", args.thread().env);
    return jlua.api.Args.NONE;
  }

  // module (name [, ...]): creates the module table and makes it the caller's environment
  private static Object module(Args args, LuaTable loaded) {
    String name = args.checkString(1);
    Coroutine L = args.thread();
    Object existing = loaded.rawget(name);
    LuaTable module;
    if (existing instanceof LuaTable t) {
      module = t;
    } else {
      module = findTable(L.env, name);
      if (module == null) throw new LuaError("name conflict for module '" + name + "'");
      loaded.rawset(name, module);
    }
    if (module.rawget("_NAME") == null) {
      module.rawset("_M", module);
      module.rawset("_NAME", name);
      int dot = name.lastIndexOf('.');
      module.rawset("_PACKAGE", dot < 0 ? "" : name.substring(0, dot + 1));
    }
    int caller = DebugInfo.levelToCall(L, 1);
    if (caller <= 0 || !(DebugInfo.functionAt(L, caller) instanceof LuaClosure closure)) {
      throw new LuaError("'module' not called from a Lua function");
    }
    closure.env = module;
    for (int i = 2; i <= args.count(); i++) Calls.invoke(L, args.arg(i), module);
    return jlua.api.Args.NONE;
  }

  /** luaL_findtable: walks/creates a.b.c under root; null when a part is a non-table value. */
  private static LuaTable findTable(LuaTable root, String dotted) {
    LuaTable t = root;
    for (String part : dotted.split("\\.", -1)) {
      Object v = t.rawget(part);
      if (v == null) {
        LuaTable created = new LuaTable();
        t.rawset(part, created);
        t = created;
      } else if (v instanceof LuaTable next) {
        t = next;
      } else {
        return null;
      }
    }
    return t;
  }
}

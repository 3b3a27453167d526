package jlua.initd.config;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaModule;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.net.Services;

/**
 * The globals a service file sees on top of Lua's: {@code depends}, {@code file}, {@code tcp},
 * {@code udp}, {@code unix}, {@code dgram}, {@code ports}, {@code _DEFAULT}, and the shell-utility
 * modules (fs, proc, sys, unix, net, syslog, archive, lfs), each required only when first touched so that
 * a file that uses none loads none.
 */
final class ServiceEnvironment {
  /** The §3 modules that appear as globals. */
  static final List<String> MODULES = List.of("archive", "fs", "lfs", "net", "proc", "sys", "syslog", "unix");

  /** depends(t, ...) declarations, by table identity (a module's _M or a daemon table). */
  final Map<LuaTable, Set<String>> declaredDepends = new IdentityHashMap<>();
  private final LuaTable ioMeta = new LuaTable();
  private final Lua lua;

  ServiceEnvironment(Lua lua) {
    this.lua = lua;
  }

  void install() {
    ioMeta.rawset("__tostring", lua.function("tostring", a -> io(a, 1).describe()));
    ioMeta.rawset("__metatable", "jinit descriptor");
    LuaTable g = lua.globals();
    lua.register("depends", this::depends);
    lua.register("file", this::file);
    lua.register("tcp", a -> wrap(new Io.Tcp(a.checkString(1), port(a, 2))));
    lua.register("udp", a -> wrap(new Io.Udp(a.checkString(1), port(a, 2))));
    lua.register("dgram", this::dgram);
    g.rawset("unix", unixProxy());
    g.rawset("ports", portsTable());
    g.rawset("_DEFAULT", DaemonTables.builtinDefaults(this));
    LuaTable meta = new LuaTable();
    meta.rawset("__index", lua.function("__index", this::lazyModule));
    g.setMetatable(meta);
  }

  // depends (module_or_table, name...) -- names may also come as arrays
  private Object depends(Args args) {
    LuaTable target = args.checkTable(1);
    Set<String> names = declaredDepends.computeIfAbsent(target, t -> new LinkedHashSet<>());
    for (int i = 2; i <= args.count(); i++) {
      Object v = args.arg(i);
      if (v instanceof LuaTable list) {
        for (int j = 1; list.rawget(j) != null; j++) {
          if (!(list.rawget(j) instanceof String s)) throw args.argError(i, "array of service names expected");
          names.add(s);
        }
      } else {
        names.add(args.checkString(i));
      }
    }
    return Args.NONE;
  }

  // file (path [, mode]) -> descriptor
  private Object file(Args args) {
    String path = args.checkString(1);
    String mode = args.optString(2, "r");
    if (!List.of("r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab").contains(mode)) {
      throw args.argError(2, "invalid mode '" + mode + "'");
    }
    return wrap(new Io.File(path, mode.replace("b", "")));
  }

  // dgram (path [, "connect"]) -> descriptor
  private Object dgram(Args args) {
    String path = args.checkString(1);
    if (args.isNoneOrNil(2)) return wrap(new Io.UnixDatagram(path, false));
    args.checkOption(2, null, "connect");
    return wrap(new Io.UnixDatagram(path, true));
  }

  /** A port argument: a number, or a service name from /etc/services. */
  private static int port(Args args, int i) {
    Object v = args.arg(i);
    if (v instanceof Double d) {
      if (d != Math.floor(d) || d < 0 || d > 65535) throw args.argError(i, "port out of range");
      return d.intValue();
    }
    if (v instanceof String s) {
      Integer p = Services.port(s);
      if (p != null) return p;
      throw args.argError(i, "unknown port name '" + s + "'");
    }
    throw args.typeError(i, "port");
  }

  /** {@code ports.qotd}: the port of a service name; an unknown name is an error where it is used. */
  private LuaTable portsTable() {
    LuaTable ports = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.rawset("__index", lua.function("ports", a -> {
      String name = a.checkString(2);
      Integer p = Services.port(name);
      if (p == null) throw new LuaError("unknown port name '" + name + "' (not in /etc/services)");
      return (double) p;
    }));
    ports.setMetatable(meta);
    return ports;
  }

  /** {@code unix(path)} makes a descriptor; {@code unix.users} etc. reach the unix module. */
  private LuaTable unixProxy() {
    LuaTable proxy = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.rawset("__call", lua.function("unix", a -> wrap(new Io.UnixStream(a.checkString(2)))));
    meta.rawset("__index", lua.function("unix", a -> {
      Object module = require("unix");
      return module instanceof LuaTable t ? t.rawget(a.arg(2)) : null;
    }));
    proxy.setMetatable(meta);
    return proxy;
  }

  // _G.__index (g, name): the shell-utility modules, loaded at first touch
  private Object lazyModule(Args args) {
    Object key = args.arg(2);
    if (!(key instanceof String name) || !MODULES.contains(name) || name.equals("unix")) return null;
    Object module = require(name);
    lua.globals().rawset(name, module);
    return module;
  }

  /**
   * require(name) for the shell-utility modules, straight from their providers: Lua's require would
   * search package.path and then scan the class path with a ServiceLoader for every module of every
   * file, which costs more than the rest of loading a service file. Modules the embedder preloaded come
   * first, as with require; the result lands in package.loaded as require's would; a name in
   * package.preload, or any other name, goes through require itself.
   */
  private Object require(String name) {
    java.util.function.Function<Lua, Object> opener = lua.global().javaModules.get(name); // the embedder's first
    LuaModule provider = Providers.BY_NAME.get(name);
    if (opener == null && provider != null) opener = provider::open;
    if (opener != null && lua.globals().rawget("package") instanceof LuaTable pkg
        && pkg.rawget("loaded") instanceof LuaTable loaded
        && !(pkg.rawget("preload") instanceof LuaTable preload && preload.rawget(name) != null)) {
      Object module = loaded.rawget(name);
      if (module != null) return module;
      module = opener.apply(lua);
      loaded.rawset(name, module == null ? Boolean.TRUE : module);
      return loaded.rawget(name);
    }
    Object[] r = lua.call(lua.globals().rawget("require"), name);
    return r.length > 0 ? r[0] : null;
  }

  /** The providers of the modules in {@link #MODULES}, discovered once (thread-safe: a holder class). */
  private static final class Providers {
    static final Map<String, LuaModule> BY_NAME = discover();

    private static Map<String, LuaModule> discover() {
      Map<String, LuaModule> found = new java.util.HashMap<>();
      for (LuaModule m : java.util.ServiceLoader.load(LuaModule.class, ServiceEnvironment.class.getClassLoader())) {
        if (MODULES.contains(m.name())) found.putIfAbsent(m.name(), m);
      }
      return Map.copyOf(found);
    }
  }

  Userdata wrap(Io io) {
    Userdata u = new Userdata(io);
    u.metatable = ioMeta;
    return u;
  }

  static Io io(Args args, int i) {
    if (args.arg(i) instanceof Userdata u && u.payload() instanceof Io io) return io;
    throw args.typeError(i, "descriptor");
  }
}

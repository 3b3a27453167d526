package jlua.initd.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.vm.Values;

/**
 * Reads daemon tables: every field taken from the table, else from the file's {@code _DEFAULT}, else from
 * the built-in defaults (a shallow, field-by-field merge). Errors are IllegalArgumentExceptions whose
 * message names the field.
 */
final class DaemonTables {
  private DaemonTables() {}

  /** Debian has no group "nobody": the default group is "nogroup" there. */
  static final String DEFAULT_GROUP = defaultGroup();

  /** The built-in defaults as the Lua table a file sees in {@code _DEFAULT} (and may change). */
  static LuaTable builtinDefaults(ServiceEnvironment env) {
    LuaTable d = new LuaTable();
    d.rawset("user", "nobody");
    d.rawset("group", DEFAULT_GROUP);
    d.rawset("cwd", "/");
    d.rawset("umask", "---rwxrwx");
    d.rawset("arg", new LuaTable());
    d.rawset("env", new LuaTable());
    d.rawset("stdin", env.wrap(Io.devNull("r")));
    d.rawset("stdout", env.wrap(Io.devNull("w")));
    d.rawset("stderr", env.wrap(Io.devNull("w")));
    d.rawset("fd", new LuaTable());
    d.rawset("limits", new LuaTable());
    d.rawset("restart", Restart.ALWAYS.luaName());
    return d;
  }

  static Service.Daemon read(String name, Path file, LuaTable table, LuaTable fileDefaults, LuaTable builtins,
                             Set<String> declaredDepends) {
    Fields f = new Fields(table, fileDefaults, builtins);
    Object exec = f.get("exec");
    if (!(exec instanceof String execPath) || execPath.isEmpty()) throw new IllegalArgumentException("exec must be a path");
    List<String> argv = new ArrayList<>();
    argv.add(execPath);
    argv.addAll(strings(f.get("arg"), "arg"));
    Set<String> depends = new LinkedHashSet<>(strings(f.getOwn("depends"), "depends"));
    depends.addAll(declaredDepends);
    Object status = f.getOwn("status");
    if (status != null && !"stop".equals(status) && !"start".equals(status)) {
      throw new IllegalArgumentException("status must be \"stop\" or \"start\", not " + Values.toStringCoerced(status));
    }
    DaemonSpec spec = new DaemonSpec(
        name,
        execPath,
        argv,
        stringMap(f.get("env"), "env"),
        string(f.get("cwd"), "cwd"),
        string(f.get("user"), "user"),
        string(f.get("group"), "group"),
        umask(f.get("umask")),
        io(f.get("stdin"), "stdin", "r"),
        io(f.get("stdout"), "stdout", "a"),
        io(f.get("stderr"), "stderr", "a"),
        fds(f.get("fd")),
        limits(f.get("limits")),
        restart(f.get("restart")));
    return new Service.Daemon(name, file, List.copyOf(depends), !"stop".equals(status), spec);
  }

  /** table field, else _DEFAULT field, else built-in. */
  private record Fields(LuaTable table, LuaTable fileDefaults, LuaTable builtins) {
    Object get(String key) {
      Object v = table.rawget(key);
      if (v == null && fileDefaults != null) v = fileDefaults.rawget(key);
      if (v == null) v = builtins.rawget(key);
      return v;
    }

    Object getOwn(String key) {
      return table.rawget(key);
    }
  }

  private static String string(Object v, String field) {
    if (v instanceof String || v instanceof Double) return Values.toStringCoerced(v);
    throw new IllegalArgumentException(field + " must be a string");
  }

  private static List<String> strings(Object v, String field) {
    List<String> out = new ArrayList<>();
    if (v == null) return out;
    if (!(v instanceof LuaTable t)) throw new IllegalArgumentException(field + " must be an array");
    for (int i = 1; t.rawget(i) != null; i++) out.add(string(t.rawget(i), field + "[" + i + "]"));
    return out;
  }

  private static Map<String, String> stringMap(Object v, String field) {
    Map<String, String> out = new TreeMap<>();
    if (!(v instanceof LuaTable t)) throw new IllegalArgumentException(field + " must be a table");
    for (int p = t.nextPosition(null); p >= 0; p = t.nextPosition(t.keyAt(p))) {
      Object k = t.keyAt(p);
      if (!(k instanceof String key)) throw new IllegalArgumentException(field + " keys must be strings");
      out.put(key, string(t.valueAt(p), field + "." + key));
    }
    return out;
  }

  private static int umask(Object v) {
    try {
      return Umask.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("umask: " + e.getMessage());
    }
  }

  private static Io io(Object v, String field, String pathMode) {
    if (v instanceof Userdata u && u.payload() instanceof Io io) return io;
    if (v instanceof String path) return new Io.File(path, field.equals("stdin") ? "r" : pathMode);
    throw new IllegalArgumentException(field + " must be a descriptor (file, dgram, ...) or a path");
  }

  private static List<Io> fds(Object v) {
    if (!(v instanceof LuaTable t)) throw new IllegalArgumentException("fd must be an array of descriptors");
    List<Io> out = new ArrayList<>();
    int n = t.length();
    for (int i = 1; i <= n; i++) {
      if (!(t.rawget(i) instanceof Userdata u && u.payload() instanceof Io io)) {
        throw new IllegalArgumentException("fd[" + i + "] must be a descriptor (file, tcp, udp, unix, dgram)");
      }
      out.add(io);
    }
    return out;
  }

  private static Limits limits(Object v) {
    if (!(v instanceof LuaTable t)) throw new IllegalArgumentException("limits must be a table");
    Map<Limits.Resource, Long> values = new EnumMap<>(Limits.Resource.class);
    for (int p = t.nextPosition(null); p >= 0; p = t.nextPosition(t.keyAt(p))) {
      if (!(t.keyAt(p) instanceof String key)) throw new IllegalArgumentException("limits keys must be names");
      try {
        Limits.Resource r = Limits.resource(key);
        values.put(r, Limits.value(r, t.valueAt(p)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("limits: " + e.getMessage());
      }
    }
    return new Limits(values);
  }

  private static Restart restart(Object v) {
    return Restart.parse(v);
  }

  private static String defaultGroup() {
    try {
      boolean nobody = false;
      boolean nogroup = false;
      for (String line : java.nio.file.Files.readAllLines(Path.of("/etc/group"))) {
        if (line.startsWith("nobody:")) nobody = true;
        if (line.startsWith("nogroup:")) nogroup = true;
      }
      return !nobody && nogroup ? "nogroup" : "nobody";
    } catch (java.io.IOException e) {
      return "nobody";
    }
  }
}

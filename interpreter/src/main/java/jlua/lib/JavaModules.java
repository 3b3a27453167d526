package jlua.lib;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import jlua.api.LuaModule;

/**
 * The {@link LuaModule}s on the class path, by name, for the thread's context loader (the loader
 * ServiceLoader.load uses). The modules jlua ships (INTERFACES.md §3) are tried first by class name:
 * the class comes from the start-up archive in microseconds, where the ServiceLoader scan's first
 * look at the class path costs ~15 ms (it opens the jars to read their provider lists). Other names
 * go through the scan, read lazily: only as far as the module wanted, the first provider of a name
 * winning as in class-path order. A name never provided costs one full scan.
 */
final class JavaModules {
  private JavaModules() {}

  private static final Map<String, String> BUNDLED = Map.of(
      "fs", "jlua.fs.FsModule", "proc", "jlua.proc.ProcModule", "sys", "jlua.system.SysModule",
      "unix", "jlua.unix.UnixModule", "net", "jlua.net.NetModule", "syslog", "jlua.syslog.SyslogModule",
      "archive", "jlua.archive.ArchiveModule", "lfs", "jlua.lfs.LfsModule");

  private static ClassLoader scannedFor;
  private static Map<String, LuaModule> byName;
  private static Iterator<LuaModule> unread;

  /** The module named {@code name}, or null when no provider has that name. */
  static synchronized LuaModule find(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (byName == null || scannedFor != loader) {
      byName = new HashMap<>();
      unread = null;
      scannedFor = loader;
    }
    LuaModule known = byName.get(name);
    if (known != null) return known;
    LuaModule bundled = bundled(name, loader);
    if (bundled != null) {
      byName.put(name, bundled);
      return bundled;
    }
    if (unread == null) unread = ServiceLoader.load(LuaModule.class, loader).iterator();
    while (unread.hasNext()) {
      LuaModule m = unread.next();
      byName.putIfAbsent(m.name(), m);
      if (m.name().equals(name)) return byName.get(name);
    }
    return null;
  }

  /** The shipped provider of {@code name}, or null when it is not one or its jar is not here. */
  private static LuaModule bundled(String name, ClassLoader loader) {
    String className = BUNDLED.get(name);
    if (className == null) return null;
    try {
      Object provider = Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
      return provider instanceof LuaModule m && m.name().equals(name) ? m : null;
    } catch (ReflectiveOperationException | LinkageError e) {
      return null; // the class path lacks the stdlib: the scan decides
    }
  }
}

package jlua.lib;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import jlua.api.LuaModule;

/**
 * The {@link LuaModule}s on the class path, by name. The ServiceLoader scan reads every jar of the
 * class path and constructs every provider, so it runs once per class loader (the thread's context
 * loader, as ServiceLoader.load uses), not at each require of a module not yet loaded.
 */
final class JavaModules {
  private JavaModules() {}

  private static ClassLoader scannedFor;
  private static Map<String, LuaModule> byName;

  /** The module named {@code name}, or null when no provider has that name. */
  static synchronized LuaModule find(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (byName == null || scannedFor != loader) {
      Map<String, LuaModule> found = new HashMap<>();
      for (LuaModule m : ServiceLoader.load(LuaModule.class, loader)) found.putIfAbsent(m.name(), m); // first wins
      byName = found;
      scannedFor = loader;
    }
    return byName.get(name);
  }
}

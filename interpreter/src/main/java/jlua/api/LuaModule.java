package jlua.api;

/**
 * A Java module that {@code require(name)} can load, discovered through {@link java.util.ServiceLoader}
 * (list implementations in {@code META-INF/services/jlua.api.LuaModule}). Implementations should be
 * cheap to construct: the expensive work belongs in {@link #open}, which runs only when required.
 */
public interface LuaModule {
  /** The name scripts require, e.g. "fs". */
  String name();

  /** Builds the module's value (usually a table of functions) in the given state. */
  Object open(Lua lua);
}

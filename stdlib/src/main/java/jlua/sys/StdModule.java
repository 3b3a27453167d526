package jlua.sys;

import jlua.api.LuaModule;

/**
 * Base of the stdlib's {@link LuaModule}s: the name, and {@code open} building the module table. A
 * module is {@code FsModule extends StdModule} with {@code super("fs")} and {@code open} calling
 * {@code Fs.open(lua)}, plus a line in META-INF/services/jlua.api.LuaModule. Constructing one does
 * nothing else (no method reference either: each would spin a class at the ServiceLoader's scan).
 */
public abstract class StdModule implements LuaModule {
  private final String name;

  protected StdModule(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }
}

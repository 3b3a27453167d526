package jlua.sys;

import java.util.function.Function;
import jlua.api.Lua;
import jlua.api.LuaModule;

/**
 * Base of the stdlib's {@link LuaModule}s: a name and the function that builds the module table. A
 * module is {@code public final class FsModule extends StdModule { public FsModule() { super("fs",
 * Fs::open); } }} plus a line in META-INF/services/jlua.api.LuaModule; constructing it does nothing
 * else, so the ServiceLoader's scan stays cheap.
 */
public abstract class StdModule implements LuaModule {
  private final String name;
  private final Function<Lua, Object> opener;

  protected StdModule(String name, Function<Lua, Object> opener) {
    this.name = name;
    this.opener = opener;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Object open(Lua lua) {
    return opener.apply(lua);
  }
}

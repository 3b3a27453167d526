package jlua.unix;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "unix"}: the user and group database as tables. */
public final class UnixModule extends StdModule {
  public UnixModule() {
    super("unix");
  }

  @Override
  public Object open(Lua lua) {
    return Unix.open(lua);
  }
}

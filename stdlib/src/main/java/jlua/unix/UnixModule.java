package jlua.unix;

import jlua.api.Lua;
import jlua.api.LuaModule;

/** {@code require "unix"}: the user and group database as tables. */
public final class UnixModule implements LuaModule {
  @Override
  public String name() {
    return "unix";
  }

  @Override
  public Object open(Lua lua) {
    return Unix.open(lua);
  }
}

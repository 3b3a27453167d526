package jlua.lfs;

import jlua.api.Lua;
import jlua.api.LuaModule;

/** {@code require "lfs"}: LuaFileSystem's API, for code written against it (Penlight, for one). */
public final class LfsModule implements LuaModule {
  @Override
  public String name() {
    return "lfs";
  }

  @Override
  public Object open(Lua lua) {
    return Lfs.open(lua);
  }
}

package jlua.lfs;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "lfs"}: LuaFileSystem's API, for code written against it (Penlight, for one). */
public final class LfsModule extends StdModule {
  public LfsModule() {
    super("lfs");
  }

  @Override
  public Object open(Lua lua) {
    return Lfs.open(lua);
  }
}

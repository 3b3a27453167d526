package jlua.system;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "sys"}: mounts, host name, kernel parameters, load and memory. */
public final class SysModule extends StdModule {
  public SysModule() {
    super("sys");
  }

  @Override
  public Object open(Lua lua) {
    return Sys.open(lua);
  }
}

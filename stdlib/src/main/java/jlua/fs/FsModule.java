package jlua.fs;

import jlua.api.Lua;
import jlua.api.LuaModule;

/** {@code require "fs"}: file-system operations as direct system calls. */
public final class FsModule implements LuaModule {
  @Override
  public String name() {
    return "fs";
  }

  @Override
  public Object open(Lua lua) {
    return Fs.open(lua);
  }
}

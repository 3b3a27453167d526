package jlua.fs;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "fs"}: file-system operations as direct system calls. */
public final class FsModule extends StdModule {
  public FsModule() {
    super("fs");
  }

  @Override
  public Object open(Lua lua) {
    return Fs.open(lua);
  }
}

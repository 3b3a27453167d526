package jlua.lfs;

import jlua.sys.StdModule;

/** {@code require "lfs"}: LuaFileSystem's API, for code written against it (Penlight, for one). */
public final class LfsModule extends StdModule {
  public LfsModule() {
    super("lfs", Lfs::open);
  }
}

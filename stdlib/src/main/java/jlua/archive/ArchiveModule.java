package jlua.archive;

import jlua.api.Lua;
import jlua.api.LuaModule;

/** {@code require "archive"}: tar, zip and compressed files (Apache Commons Compress, loaded on first use). */
public final class ArchiveModule implements LuaModule {
  @Override
  public String name() {
    return "archive";
  }

  @Override
  public Object open(Lua lua) {
    return Archive.open(lua);
  }
}

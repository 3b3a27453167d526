package jlua.archive;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "archive"}: tar, zip and compressed files (Apache Commons Compress, loaded on first use). */
public final class ArchiveModule extends StdModule {
  public ArchiveModule() {
    super("archive");
  }

  @Override
  public Object open(Lua lua) {
    return Archive.open(lua);
  }
}

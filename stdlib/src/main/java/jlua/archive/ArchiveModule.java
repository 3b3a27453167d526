package jlua.archive;

import jlua.sys.StdModule;

/** {@code require "archive"}: tar, zip and compressed files (Apache Commons Compress, loaded on first use). */
public final class ArchiveModule extends StdModule {
  public ArchiveModule() {
    super("archive", Archive::open);
  }
}

package jlua.unix;

import jlua.sys.StdModule;

/** {@code require "unix"}: the user and group database as tables. */
public final class UnixModule extends StdModule {
  public UnixModule() {
    super("unix", Unix::open);
  }
}

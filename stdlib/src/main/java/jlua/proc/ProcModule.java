package jlua.proc;

import jlua.sys.StdModule;

/** {@code require "proc"}: processes, signals, limits, spawning. */
public final class ProcModule extends StdModule {
  public ProcModule() {
    super("proc", Proc::open);
  }
}

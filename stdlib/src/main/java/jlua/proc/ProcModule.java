package jlua.proc;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "proc"}: processes, signals, limits, spawning. */
public final class ProcModule extends StdModule {
  public ProcModule() {
    super("proc");
  }

  @Override
  public Object open(Lua lua) {
    return Proc.open(lua);
  }
}

package jlua.net;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "net"}: sockets as descriptors (tcp, udp, unix, dgram, connect, fromfd). */
public final class NetModule extends StdModule {
  public NetModule() {
    super("net");
  }

  @Override
  public Object open(Lua lua) {
    return Net.open(lua);
  }
}

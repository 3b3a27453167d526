package jlua.syslog;

import jlua.api.Lua;
import jlua.sys.StdModule;

/** {@code require "syslog"}: RFC 3164 messages to /dev/log. */
public final class SyslogModule extends StdModule {
  public SyslogModule() {
    super("syslog");
  }

  @Override
  public Object open(Lua lua) {
    return Syslog.open(lua);
  }
}

package jlua.syslog;

import jlua.sys.StdModule;

/** {@code require "syslog"}: RFC 3164 messages to /dev/log. */
public final class SyslogModule extends StdModule {
  public SyslogModule() {
    super("syslog", Syslog::open);
  }
}

package jlua.initd;

/** The two service-file forms of INTERFACES.md §4, exactly as written there, for the tests that load them. */
public final class InterfaceForms {
  private InterfaceForms() {}

  /** The rc-module form, verbatim. */
  public static final String RC_MODULE = """
      module("syslog", package.seeall)
      depends(_M, "iptables", "ntpd")
      description = [[Syslog is the facility by which many daemons log messages.]]
      function start() return true end
      function stop() end
      function restart() end
      function reload() end
      function status() end
      """;

  /** The daemon-table form, verbatim. */
  public static final String DAEMON_TABLE = """
      qotd = {
        exec = "/usr/local/libexec/qotd",
        depends = { "network" },
        user = "daemon", group = "daemon", umask = "----w--w-", cwd = "/var/lib/qotd",
        env = { LANG = "C" },
        stderr = dgram("/dev/log", "connect"),
        fd = { tcp("0.0.0.0", ports["qotd"]), udp("0.0.0.0", 17), file("/srv/quotes.txt", "r") },
        limits = { stack = "64k", cpu = "5m", core = 0, nofile = 16 },
        restart = "always",          -- or "on-failure", "never"
      }
      """;
}

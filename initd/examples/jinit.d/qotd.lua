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

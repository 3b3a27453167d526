-- A supervised daemon that waits for the network; the rc-module "network" below is a dependency.
ntpd = {
  exec = "/usr/sbin/ntpd",
  arg = { "-n" },
  depends = { "network" },
  user = "ntp", group = "ntp",
  restart = "on-failure",
}

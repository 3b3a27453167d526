-- The Lua qotd daemon (bin/qotd.lua), supervised: jinit binds the TCP port itself and hands the
-- listening socket over as fd 3; the daemon runs as the user who started the demo, in the directory
-- the "quotes" rc-module prepared, with exactly this environment and these limits.
local root = os.getenv("JINIT_DEMO_ROOT") or "/usr/local/share/jlua"
local dir = os.getenv("JINIT_DEMO_DIR") or "/tmp/jinit-demo"

qotd = {
  exec = root .. "/jlua",
  arg = { root .. "/initd/examples/bin/qotd.lua" },
  depends = { "network", "quotes" },
  user = proc.getuid(), group = proc.getgid(), umask = "----w--w-", cwd = dir .. "/qotd",
  env = { LANG = "C", PATH = os.getenv("PATH"), JAVA_HOME = os.getenv("JAVA_HOME") }, -- jlua needs java
  stderr = file(dir .. "/qotd.log", "a"),
  fd = { tcp("127.0.0.1", tonumber(os.getenv("JINIT_DEMO_PORT")) or 1717) },
  limits = { core = 0, nofile = 64 },
  restart = "always",
}

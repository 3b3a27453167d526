-- A daemon that crashes at once, every time: jinit restarts it after 1, 2, 4, 8 s, and after the fifth
-- quick exit in a row declares it FAILED (crash loop) until "jinit ctl start flaky".
local dir = os.getenv("JINIT_DEMO_DIR") or "/tmp/jinit-demo"

flaky = {
  exec = "/bin/sh",
  arg = { "-c", "echo \"flaky: pid $$ cannot reach its upstream, exiting\" >&2; exit 3" },
  user = proc.getuid(), group = proc.getgid(),
  stderr = file(dir .. "/flaky.log", "a"),
  restart = "on-failure",
}

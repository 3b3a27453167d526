-- A one-shot rc-module standing in for a firewall: it writes the rules it would load, so that syslog
-- (which depends on it) has something to wait for. Runs inside jinit, no process.
module("iptables", package.seeall)
local dir = os.getenv("JINIT_DEMO_DIR") or "/tmp/jinit-demo"

function start()
  return fs.write(fs.join(dir, "iptables.rules"), "-A INPUT -i lo -j ACCEPT\n", { atomic = true })
end

function stop()
  fs.rm(fs.join(dir, "iptables.rules"), { force = true })
end

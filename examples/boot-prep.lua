-- boot-prep.lua: what an init system runs before it starts a daemon. It makes the daemon's directories
-- with their modes and owners, rotates its logs into compressed numbered files, checks that /proc is
-- mounted and that the state directory has room, tells the running daemon (found by its pidfile) to
-- reopen its logs, and reports to syslog.
--
--   ./jlua examples/boot-prep.lua [ROOT]
--
-- ROOT (default "/") is where the paths below live: as root it acts on the system itself; any other
-- user can run it on a scratch tree. Whatever needs root (giving files to the daemon's account) is
-- skipped with a note, not failed. Each step prints a line (failures on standard error) and, when
-- ROOT/dev/log (the syslog socket) exists, logs it there too. The exit status is 0 when every step
-- worked, 1 otherwise.
local fs, proc, sys, syslog, archive = require "fs", require "proc", require "sys", require "syslog", require "archive"

local root = arg[1] or "/"
local service = {
  name = "webapp",
  user = "nobody", group = "nogroup",          -- the account the daemon runs as
  dirs = {                                      -- created if missing; mode and owner enforced
    {path = "var/log/webapp", mode = "0750"},
    {path = "var/lib/webapp", mode = "0700"},
    {path = "run/webapp", mode = "0755"},
  },
  logs = "var/log/webapp/*.log",                -- rotated when bigger than rotate_at bytes
  rotate_at = 64 * 1024,
  keep = 4,                                     -- compressed generations kept: x.log.1.gz .. x.log.4.gz
  state = "var/lib/webapp",                     -- must have min_free bytes available
  min_free = 16 * 1024 * 1024,
  pidfile = "run/webapp/webapp.pid",            -- the daemon gets SIGHUP to reopen its logs
}

local is_root = proc.geteuid() == 0
local problems = 0
local function at(path) return fs.join(root, path) end

-- every step's outcome: a line on standard output (standard error for failures), and to syslog
local socket = at("dev/log")
local to_syslog = fs.exists(socket)
if to_syslog then syslog.open("boot-prep", "daemon", {path = socket}) end
local function report(priority, message)
  if priority == "err" then problems = problems + 1 end
  local out = priority == "err" and io.stderr or io.stdout
  out:write(message, "\n")
  if to_syslog then syslog.log(priority, service.name .. ": " .. message) end -- a lost syslog is no failure
end

-- an fs result: true, or the failure reported and false
local function done(ok, err)
  if not ok then report("err", err) end
  return ok and true or false
end

-- 1. directories, modes, owners
local function prepare(dir)
  local path = at(dir.path)
  if not (done(fs.mkdir(path, {parents = true, mode = dir.mode}))
      and done(fs.chmod(path, dir.mode))) then -- an existing directory gets its mode back too
    return
  end
  if not is_root then
    report("info", "dir " .. dir.path .. " " .. dir.mode .. " (owner unchanged: not root)")
  elseif done(fs.chown(path, service.user, service.group)) then
    report("info", "dir " .. dir.path .. " " .. dir.mode .. " " .. service.user .. ":" .. service.group)
  end
end
for _, dir in ipairs(service.dirs) do prepare(dir) end

-- 2. log rotation: x.log -> x.log.1.gz, x.log.1.gz -> x.log.2.gz, ..., the oldest dropped
local function rotate(log)
  local st = fs.stat(log)
  if not st or st.size < service.rotate_at then return end
  fs.rm(log .. "." .. service.keep .. ".gz", {force = true})
  for i = service.keep - 1, 1, -1 do
    local older = log .. "." .. i .. ".gz"
    if fs.exists(older) and not done(fs.mv(older, log .. "." .. (i + 1) .. ".gz")) then return end
  end
  if not (done(fs.mv(log, log .. ".1"))
      and done(archive.gzip(log .. ".1"))       -- x.log.1 becomes x.log.1.gz, as with gzip(1)
      and done(fs.write(log, "", {mode = st.mode}))) then -- a fresh log with the old mode (and owner)
    return
  end
  if is_root then done(fs.chown(log, st.uid, st.gid)) end
  report("notice", "rotated " .. fs.basename(log) .. " (" .. st.size .. " bytes)")
end
for _, log in ipairs(fs.glob(at(service.logs))) do rotate(log) end

-- 3. mounts and space
local proc_mounted = false
for _, m in ipairs(sys.mounts()) do
  if m.target == "/proc" and m.fstype == "proc" then proc_mounted = true end
end
report(proc_mounted and "info" or "err", proc_mounted and "/proc is mounted" or "/proc is not mounted")
local df = fs.df(at(service.state))
if not df or df.avail < service.min_free then
  report("err", service.state .. ": less than " .. service.min_free .. " bytes free")
else
  report("info", service.state .. ": " .. math.floor(df.avail / 1048576) .. " MiB free")
end

-- 4. the running daemon reopens its logs; a stale pidfile goes
local text = fs.read(at(service.pidfile))
local pid = text and tonumber(text:match("^%s*(%d+)"))
local exists = false
if pid then
  local ok, _, errno = proc.kill(pid, 0)        -- signal 0 only asks whether it exists
  exists = ok or errno == 1                     -- EPERM: it exists, but is not ours to signal
end
if exists then
  local ok, err = proc.kill(pid, "HUP")
  report(ok and "notice" or "err", ok and ("sent HUP to " .. service.name .. " (pid " .. pid .. ")") or err)
elseif text then
  fs.rm(at(service.pidfile))
  report("warning", "removed stale pidfile " .. service.pidfile)
else
  report("info", service.name .. " is not running")
end

report(problems == 0 and "notice" or "err", "ready" .. (problems == 0 and "" or " with " .. problems .. " problem(s)"))
if to_syslog then syslog.close() end
os.exit(problems == 0 and 0 or 1)

-- 1,000 rounds of everyday maintenance on a scratch tree, then one process-table scan.
-- Usage: jlua maintenance.lua [dir] [rounds]
local fs, proc = require "fs", require "proc"
local base = arg[1] or "/tmp/jlua-bench-maintenance"
local rounds = tonumber(arg[2]) or 1000
local owner = fs.stat("/").uid == 0 and "nobody" or nil -- chown needs root; elsewhere it is a no-op owner

assert(fs.mkdir(base, {parents = true}))
local bytes = 0
for i = 1, rounds do
  local dir = base .. "/round" .. i
  assert(fs.mkdir(dir .. "/sub", {parents = true}))
  assert(fs.write(dir .. "/data.txt", "round " .. i .. "\n"))
  assert(fs.cp(dir .. "/data.txt", dir .. "/sub/copy.txt"))
  assert(fs.chmod(dir .. "/sub/copy.txt", "0600"))
  if owner then assert(fs.chown(dir .. "/sub/copy.txt", owner)) end
  assert(fs.mv(dir .. "/sub/copy.txt", dir .. "/moved.txt"))
  bytes = bytes + assert(fs.stat(dir .. "/moved.txt")).size
  assert(fs.rm(dir, {recursive = true}))
end
local n = 0
for _, p in ipairs(proc.ps()) do
  if p.rss > 0 then n = n + 1 end
end
assert(fs.rm(base, {recursive = true}))
print(rounds .. " rounds, " .. bytes .. " bytes, " .. n .. " user processes")

-- A one-shot rc-module that prepares the qotd daemon's directory with fs: DIR/qotd, mode 0755, with a
-- quotes.txt written atomically (kept if it is already there, so an edited list survives a restart).
module("quotes", package.seeall)
description = [[Prepares the working directory of the qotd daemon.]]

local dir = fs.join(os.getenv("JINIT_DEMO_DIR") or "/tmp/jinit-demo", "qotd")

local QUOTES = [[
The purpose of computing is insight, not numbers. -- Richard Hamming
Simplicity is prerequisite for reliability. -- Edsger W. Dijkstra
Programs must be written for people to read, and only incidentally for machines to execute. -- Harold Abelson
Make it work, make it right, make it fast. -- Kent Beck
]]

function start()
  local ok, err = fs.mkdir(dir, { parents = true, mode = "0755" })
  if not ok then return nil, err end
  local file = fs.join(dir, "quotes.txt")
  if not fs.isfile(file) then
    ok, err = fs.write(file, QUOTES, { atomic = true, mode = "0644" })
    if not ok then return nil, err end
  end
  return true
end

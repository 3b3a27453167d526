-- qotd: the Quote of the Day service (RFC 865) as a jinit daemon. jinit opens the listening TCP socket
-- and hands it over as fd 3; each connection gets one quote (one line, under 512 characters) and is
-- closed. The quotes are read from quotes.txt in the working directory, one per line.
local net, proc = require "net", require "proc"

local quotes = {}
for line in io.lines("quotes.txt") do
  if line:match("%S") then quotes[#quotes + 1] = line:sub(1, 510) end
end
if #quotes == 0 then error("quotes.txt has no quotes") end

local server = assert(net.fromfd(3))
local host, port = server:getsockname()
io.stderr:write(("qotd: pid %d serving %d quotes on %s:%s\n"):format(proc.getpid(), #quotes, host, port))

-- jinit stops a daemon with SIGTERM: say goodbye and leave (the handler runs inside accept)
proc.trap("TERM", function()
  io.stderr:write("qotd: SIGTERM, stopping\n")
  os.exit(0)
end)

local served = proc.getpid() % #quotes -- each run starts at another quote
while true do
  local client, err = server:accept()
  if client then
    served = served + 1
    client:send(quotes[(served - 1) % #quotes + 1] .. "\r\n")
    client:close()
  else
    io.stderr:write("qotd: accept: ", tostring(err), "\n")
  end
end

-- A one-shot rc-module: the network is "up" when a TCP socket can be bound on the loopback address.
module("network", package.seeall)
description = [[Checks that the loopback interface accepts TCP sockets.]]

function start()
  local s, err = net.tcp("127.0.0.1", 0)
  if not s then return nil, "loopback: " .. err end
  s:close()
  return true
end

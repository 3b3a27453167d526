-- A one-shot rc-module standing in for time synchronisation: the clock must be past 2020.
module("ntpd", package.seeall)

function start()
  if os.time() < 1577836800 then return nil, "the clock is before 2020: " .. os.date("!%Y-%m-%d") end
  return true
end

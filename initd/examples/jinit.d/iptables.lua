-- A one-shot rc-module: start() runs inside jinit; returning nothing (without error) means up.
module("iptables", package.seeall)
function start() end
function stop() end

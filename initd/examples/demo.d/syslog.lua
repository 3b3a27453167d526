-- The rc-module form exactly as INTERFACES.md §4 writes it: up once iptables and ntpd are.
module("syslog", package.seeall)
depends(_M, "iptables", "ntpd")
description = [[Syslog is the facility by which many daemons log messages.]]
function start() return true end
function stop() end
function restart() end
function reload() end
function status() end

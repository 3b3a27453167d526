-- Defined but not started at boot: "jinit ctl start backup" starts it.
_DEFAULT.user = "backup"
backup = { exec = "/usr/local/bin/backupd", status = "stop" }

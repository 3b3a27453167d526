-- line hook events for a multi-line chunk including several statements per line
local src = "local a = 1\nlocal b = 2; local c = 3\n\nif a then\n  b = b + 1\nend\nreturn a + b + c\n"
local f = loadstring(src, "=hooked")
local lines = {}
debug.sethook(function(ev, line)
  if debug.getinfo(2, "S").source == "=hooked" then lines[#lines + 1] = line end
end, "l")
f()
debug.sethook()
print(table.concat(lines, " "))

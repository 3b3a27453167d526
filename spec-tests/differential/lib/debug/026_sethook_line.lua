-- line hooks list the executed line numbers of a function
local lines = {}
local function work(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  return s
end
debug.sethook(function(ev, line)
  if debug.getinfo(2, "f").func == work then lines[#lines + 1] = line end
end, "l")
work(2)
debug.sethook()
print(table.concat(lines, " "))

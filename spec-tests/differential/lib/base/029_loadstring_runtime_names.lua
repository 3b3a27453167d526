-- loadstring: chunk names appear in runtime error positions
local function run(src, name)
  local f = assert(loadstring(src, name))
  print(pcall(f))
end
run("error('x')")
run("\n\nerror('line3')")
run("local t = nil; return t.x", "=short")
run("return 1 + {}", "@mod.lua")
run("return #nil", "a chunk\nwith newline")
run(string.rep(" ", 50) .. "error('wide')")

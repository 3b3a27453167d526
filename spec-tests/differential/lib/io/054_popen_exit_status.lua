-- io.popen: a failing command still yields a file; 5.1 close returns true
local p = io.popen("exit 7")
print(io.type(p), p:read("*a"))
print(p:close())
local q = io.popen("echo out; echo err 1>&2; false")
print(q:read("*a"))
print(q:close())

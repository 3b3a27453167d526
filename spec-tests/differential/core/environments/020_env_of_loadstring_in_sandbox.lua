-- loadstring called from a sandboxed function still uses the global (thread) environment.
v = "global"
local sandbox = {loadstring = loadstring, v = "sandbox"}
local f = setfenv(function() return loadstring("return v")() end, sandbox)
print(f())

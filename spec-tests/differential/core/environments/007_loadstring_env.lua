-- Chunks from loadstring get the thread's global environment; setfenv can change it.
local chunk = loadstring("v = (v or 0) + 1; return v")
print(chunk())
local env = {}
setfenv(chunk, env)
print(chunk(), env.v, v)

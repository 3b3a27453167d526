-- Global assignments go to the function's environment.
local env = {}
local f = setfenv(function() newvar = 42; print = nil end, env)
f()
print(env.newvar, rawget(_G, "newvar"), env.print, type(print))

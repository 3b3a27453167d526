-- a function called by pcall sees a C function at level 2 and has no name
local function f()
  local me, caller = debug.getinfo(1, "nS"), debug.getinfo(2, "nS")
  return tostring(me.name), me.namewhat, caller.what, tostring(caller.name), caller.namewhat
end
print(pcall(f))
print(f())

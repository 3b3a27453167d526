-- Userdata still alive at normal exit are finalized when the state closes.
local keep = newproxy(true)
getmetatable(keep).__gc = function() print("finalized at close") end
print("end of script")
print("really the end")

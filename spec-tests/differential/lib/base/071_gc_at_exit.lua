-- pending proxy finalizers run when the state is closed at normal exit
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalizer at exit") end
local q = newproxy(p)
print(getmetatable(q) == getmetatable(p))
print("end of main chunk")

-- Calling a missing string method: attempt to call method 'nosuch' (a nil value).
print(("text"):len())
local s = "text"
s:nosuch()
print("not reached")

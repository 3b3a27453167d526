-- Uncaught: calling a missing method: attempt to call method 'frob' (a nil value).
local obj = {}
print(type(obj.frob))
obj:frob()
print("not reached")

-- Uncaught: table index is nil.
local ok = {} ok[false] = 1 print(ok[false])
local t, k = {}, nil
t[k] = 1
print("not reached")

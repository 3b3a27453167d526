-- assert returns all its arguments on success; raises the message or "assertion failed!"; a non-string message is a bad argument in 5.1.
print(assert(1, 2, 3))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, {t = 1}))
print(pcall(assert))
local ok, e = pcall(assert, false, 42)
print(ok, e, type(e))

-- An error rethrown after pcall keeps the original message; the traceback shows the rethrow.
print("rethrowing")
local ok, e = pcall(function() error("inner problem") end)
error(e, 0)
print("not reached")

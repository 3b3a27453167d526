-- uncaught error raised again after pcall: message is unchanged, traceback is from the rethrow
local ok, e = pcall(function() error("inner problem") end)
print(ok)
local function rethrow() error(e, 0) end
rethrow()

-- Uncaught error raised in an __index metamethod: traceback shows the metamethod frame.
print("indexing")
local t = setmetatable({}, {__index = function(_, k) error("no key " .. k, 2) end})
print(t.something)
print("not reached")

-- Uncaught stack overflow: the traceback elides the middle with '...'.
print("recursing")
local function recurse(n) return 1 + recurse(n + 1) end
recurse(1)
print("not reached")

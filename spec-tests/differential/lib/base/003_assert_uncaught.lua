-- assert: uncaught failure goes to stderr with a traceback and exit status 1
print("before")
local function check(x)
  assert(x > 0, "x must be positive")
end
check(1)
check(-1)
print("not reached")

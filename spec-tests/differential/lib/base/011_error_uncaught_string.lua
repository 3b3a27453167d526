-- error: uncaught string error from a nested function (stderr + traceback)
local function inner()
  error("deep failure")
end
local function outer()
  inner()
end
outer()

-- A function called through a non-constant table key: 5.1 names it '?' ("in function '?'").
local handlers = {}
handlers[1] = function(v)
  error("handler failed for " .. v)
end
local function run() local r = handlers[1]("input") return r end
run()

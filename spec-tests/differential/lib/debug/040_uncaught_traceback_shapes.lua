-- uncaught error whose traceback passes through pcall-free method and field calls
local obj = {}
function obj:run(n)
  if n == 0 then error("bottom reached") end
  return self:run(n - 1)
end
local function start() obj:run(2) end
start()

-- newproxy __gc finalizers run on a full collection (unreachable proxy only)
local log = {}
local function make(name)
  local p = newproxy(true)
  getmetatable(p).__gc = function() log[#log + 1] = name end
  return p
end
local keep = make("kept")
do local tmp = make("dropped") end
collectgarbage()
collectgarbage()
print(table.concat(log, ","))
print(type(keep))

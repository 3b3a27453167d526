-- uncaught runtime error (arithmetic on nil) from a function called through a table field
local M = {}
function M.compute(a)
  return a.value * 2
end
print(M.compute({value = 21}))
print(M.compute({}))

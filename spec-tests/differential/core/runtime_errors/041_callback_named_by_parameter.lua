-- A function passed as an argument is named after the callee's parameter ('in function 'f'').
local function each(t, f) for i = 1, #t do f(t[i]) end end
each({1, 2, "three"}, function(v)
  if type(v) ~= "number" then error("not a number: " .. v) end
end)

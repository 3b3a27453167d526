-- coroutine.wrap: a function that resumes; results and arguments pass through
local gen = coroutine.wrap(function(a)
  for i = 1, 3 do a = coroutine.yield(a * i) end
  return "end", a
end)
print(gen(2))
print(gen(3))
print(gen(4))
print(gen(5))
print(pcall(gen))
print(type(gen))

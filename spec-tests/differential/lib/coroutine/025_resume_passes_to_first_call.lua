-- first resume passes arguments as the function's parameters, extra ones ignored
local co = coroutine.create(function(a, b) return a, b end)
print(coroutine.resume(co, 1, 2, 3))
local co2 = coroutine.create(function(...) return select('#', ...) end)
print(coroutine.resume(co2, nil, nil, nil, nil))

-- pcall forwards all results after true.
print(pcall(function() return 1, 2, 3 end))
print(select("#", pcall(function() end)))
print(pcall(function(...) return ... end, nil, nil))
print(select("#", pcall(error)))

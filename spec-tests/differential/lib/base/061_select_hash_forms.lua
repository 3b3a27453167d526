-- select('#') counts trailing nils; select with numeric strings
print(select('#', nil))
print(select('#', 1, nil, nil, nil))
print(select("#", unpack({1, nil, 3}, 1, 3)))
print(pcall(select, '#1'))
print(pcall(function() return select(0) end))
print(pcall(function() return select(-1) end))
print(select(1))
print(select(5, 1, 2))

-- Non-numeric for bounds raise specific errors.
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, "x" do end end))
print(pcall(function() for i = 1, 2, {} do end end))

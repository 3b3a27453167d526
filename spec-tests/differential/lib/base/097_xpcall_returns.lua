-- xpcall returns true plus every result, including nils
print(xpcall(function() return nil, nil end, print))
print(select('#', xpcall(function() return nil, nil end, print)))
print(xpcall(function() return end, print))
print(select('#', xpcall(function() return end, print)))
print(xpcall(function() return 1, 2, 3 end, error))

-- nil cannot be a key in assignment or in constructors.
print(pcall(function() local t = {}; t[nil] = 1 end))
print(pcall(function() return {[nil] = 1} end))
print(pcall(rawset, {}, nil, 1))
print(({})[nil], rawget({}, nil))

-- unpack: type errors and too many results
print(pcall(unpack))
print(pcall(unpack, nil))
print(pcall(unpack, "abc"))
print(pcall(unpack, {}, 1, 1e8))
print(pcall(unpack, {}, 1, 1e6))
print(pcall(function() return unpack({1, 2}, 1, 3e7) end))
print(pcall(unpack, {}, "a"))
print(select('#', unpack({}, 1, 200)))

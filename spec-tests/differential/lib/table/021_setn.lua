-- table.setn is obsolete in 5.1.5 and raises an error
print(pcall(table.setn, {}, 5))
print(pcall(function() table.setn({}, 1) end))
print(pcall(function() table.setn("x", 1) end))
print(pcall(function() table.setn() end))
print(type(table.setn))

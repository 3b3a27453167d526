-- table.concat converts numbers with %.14g
print(table.concat({0.1, 1/3, 1e15, 1e16, -0.0 + 0, 2^53}, " "))
print(table.concat({1e100, -1e-100, 123456789012345}, ","))
print(table.concat({1/0, -1/0}, " "))
local z = 0
print(table.concat({-z, 100, 2^63}, "|"))

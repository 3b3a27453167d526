-- unpack in the middle of an argument list gives only its first value.
local t = {1, 2, 3}
print(unpack(t), unpack(t))
print(unpack(t), "end")
print(({unpack(t), unpack(t)})[4], #{unpack(t), unpack(t)})

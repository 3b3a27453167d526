-- string.byte: default index, ranges, negative indices, out of range
local s = "ABCDE"
print(s:byte())
print(s:byte(1), s:byte(5), s:byte(6))
print(s:byte(2, 4))
print(s:byte(-1), s:byte(-5), s:byte(-6))
print(s:byte(-3, -1))
print(s:byte(1, -1))
print(s:byte(0, 2))
print(s:byte(4, 2))
print(s:byte(-100, 100))
print(select('#', s:byte(10, 20)))
print(select('#', (""):byte()))
print(string.byte("\0\1\255", 1, 3))

-- getlocal with zero or negative indices returns nil in 5.1
local a = 1
print(debug.getlocal(1, 0))
print(debug.getlocal(1, -1))
print(debug.getlocal(1, 1))

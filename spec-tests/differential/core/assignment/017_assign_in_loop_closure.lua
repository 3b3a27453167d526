-- Assigning to an upvalue from inside a closure changes the shared variable.
local count = 0
local function inc() count = count + 1 end
for _ = 1, 5 do inc() end
print(count)
count = 100
inc()
print(count)

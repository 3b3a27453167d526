-- os.time() with no argument returns the current time as a number
local now = os.time()
print(type(now), now > 1e9, math.floor(now) == now)
print(os.time() >= now)
print(os.time(nil) >= now)
print(math.abs(os.difftime(os.time(), now)) < 60)

-- os.date with "!" for negative times and times beyond 2038
print(os.date("!%Y-%m-%d %H:%M:%S", -86400))
print(os.date("!%Y-%m-%d %H:%M:%S", -1))
print(os.date("!%Y-%m-%d %H:%M:%S", 2^31))
print(os.date("!%Y-%m-%d %H:%M:%S", 253402300799))
print(os.date("!%Y-%m-%d %H:%M:%S", 1234567890.9))

-- Yield from the main thread is an error.
print(pcall(coroutine.yield, 1))
print(pcall(coroutine.yield))
print(coroutine.running())
print(pcall(coroutine.status, coroutine.running()))

-- coroutine.create and resume argument checks.
print(pcall(coroutine.create, 1))
print(pcall(coroutine.create, print))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.status, nil))
print(pcall(coroutine.wrap, {}))

-- errors raised by resume's argument check are ordinary errors
print("start")
print(pcall(coroutine.resume, coroutine.running()))
local main = coroutine.running()
print(main)
coroutine.resume(main)

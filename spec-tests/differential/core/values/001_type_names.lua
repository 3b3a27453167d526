-- type() of every basic value kind.
print(type(nil), type(true), type(0), type(""), type({}), type(print), type(function() end))
print(type(coroutine.create(function() end)), type(newproxy()), type(io.stdout))
print(type(type), type(type(nil)))
print(pcall(type))

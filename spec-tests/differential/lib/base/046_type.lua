-- type: every type name; errors without argument
print(type(nil), type(true), type(0), type(""), type({}), type(print))
print(type(function() end), type(coroutine.create(function() end)), type(newproxy()), type(io.stdout))
print(pcall(type))
print(type(type(nil)))

-- arg has negative indices (the interpreter path); we only check their type, never their value.
print(type(arg[-1]))
print(arg[-1] ~= nil, arg[-2])
print(arg[0] ~= nil, arg[1])
print(type(arg[0]))

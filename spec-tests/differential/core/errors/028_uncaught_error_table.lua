-- An uncaught non-string error value: the interpreter prints "(error object is not a string)" and no traceback.
print("before the error")
local t = {code = 1}
print(type(t))
error({code = 1})

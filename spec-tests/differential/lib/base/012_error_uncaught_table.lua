-- error: uncaught non-string error object (lua5.1 prints "(error object is not a string)")
print("start")
local ok, e = pcall(error, {})
print(ok, type(e))
local obj = {code = 1}
print("raising a table")
error(obj)

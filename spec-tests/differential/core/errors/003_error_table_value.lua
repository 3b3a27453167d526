-- A table error object passes through pcall unchanged (no position added).
local obj = {code = 42}
local ok, e = pcall(error, obj)
print(ok, e == obj, e.code)
local ok2, e2 = pcall(function() error({msg = "in table"}, 2) end)
print(ok2, type(e2), e2.msg)

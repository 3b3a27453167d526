-- string.format: a lone '%' at the end of the format
local ok, e = pcall(string.format, "abc%")
print(ok, #e, (e:gsub("%z", "<NUL>")))
ok, e = pcall(string.format, "abc%", 1)
print(ok, #e, (e:gsub("%z", "<NUL>")))

-- tostring of non-number values (addresses replaced before printing).
print(tostring(nil), tostring(true), tostring(false), tostring("s"))
print((tostring(print):gsub("0x%x+", "<addr>")))
print((tostring({}):gsub("0x%x+", "<addr>")))
print((tostring(coroutine.create(function() end)):gsub("0x%x+", "<addr>")))
print((tostring(newproxy()):gsub("0x%x+", "<addr>")))
print(pcall(tostring))

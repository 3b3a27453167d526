-- string.format via method syntax on the format string
print(("%d apples and %s"):format(3, "pears"))
print(("%5.1f"):format(2.25))
local fmt = "%s=%q"
print(fmt:format("k", "v\n"))
print(pcall(function() return ("%d"):format() end))

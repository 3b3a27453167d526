-- Long brackets of level 0: first newline skipped, content verbatim, no escapes.
local s = [[
line one
line two\n]]
print(s)
print(#s)
print([[]] == "")
print([[a]] .. [[b]])

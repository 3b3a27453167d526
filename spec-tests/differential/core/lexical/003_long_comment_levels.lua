-- Long comments of several levels, and a short comment that looks like one.
print(1) --[[ a long
comment ]] print(2)
--[==[ level two
]] still comment ]=] still
]==] print(3)
--[ not a long comment, just a line comment ]] print("never")
print(4)
---[[ this is a line comment, so the next line runs
print(5)
--]]

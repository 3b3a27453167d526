-- An unfinished string in the main file.
print("never")
local s = "abc
print(s)
print("never either")

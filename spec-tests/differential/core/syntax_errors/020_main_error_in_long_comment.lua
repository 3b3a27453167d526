-- An unfinished long comment in the main file.
print("never")
--[[ this comment
never ends
print("never either")

-- A decimal escape larger than 255 in the main file.
print("never")
local s = "\400"
local t = "\255"
print(#t)

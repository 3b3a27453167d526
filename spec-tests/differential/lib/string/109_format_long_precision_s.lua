-- %s precision cuts strings; width pads; both with long inputs
local long = string.rep("abcdefghij", 20)
print(string.format("%.5s|%.15s|", long, long))
print(#string.format("%99.98s", long))
print(#string.format("%-99s", "x"))
print(#string.format("%s", long))

-- tonumber on strings: decimal, hex, spaces, invalid input.
print(tonumber("42"), tonumber("  42  "), tonumber("4.5e1"), tonumber(".5"), tonumber("5."))
print(tonumber("0x1F"), tonumber("0X1f"), tonumber("-0x10"))
print(tonumber("42a"), tonumber(""), tonumber(" "), tonumber("1 2"), tonumber("--1"))
print(tonumber(nil), tonumber(true), tonumber({}) == nil)

-- tonumber: decimal strings, spaces, exponents, hex, invalid -> nil
local cases = {"10", "  10  ", "\t\n10\r\n", "-7", "+7", "3.25", ".5", "5.", "1e3", "1E-2",
  "1e", "1e+", "0x", "0x10", "0X1F", "", " ", "abc", "10a", "1 0",
  "inf", "nan", "-inf", "1e400", "-1e400", "0x7fffffff", "0xffffffff", "0x100000000",
  "  0x1A  ", "1..2", "- 1", "--1", "1e1.5", "\0", "12\0", "0x-1", ".", "e1"}
for _, s in ipairs(cases) do
  print(string.format("%q", s), tonumber(s))
end

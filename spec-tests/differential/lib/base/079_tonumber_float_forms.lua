-- tonumber: forms accepted by the Lua 5.1 number parser
local s = {"0", "00", "007", "1.", ".1", "1.e2", ".1e2", "1e+2", "1e-2", "1E2", "9e999",
  "0.0000001", "123456789012345678", "3.14159265358979323846", "1e308", "2e308", "4e-324",
  "0x0", "0xA", "0xa", "0xABCDEF", "0Xabcdef", "0x1234567890", "1 ", " 1", "+.5", "-.5"}
for _, v in ipairs(s) do print(v, tonumber(v)) end

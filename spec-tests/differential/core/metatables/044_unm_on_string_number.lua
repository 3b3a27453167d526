-- Unary minus on a numeric string converts; on a non-numeric string it errors.
print(-"3", -" 0x10 ")
print(pcall(function() return -"abc" end))
print(-"1e2", -"-5", type(-"7"))
print(pcall(function() return -{} end))

-- math functions accept numeric strings and reject others
print(math.sqrt("4"), math.max("3", "20"), math.floor(" 2.5 "), math.abs("0x10"))
print(pcall(function() return math.sqrt("four") end))
print(pcall(function() return math.sin(true) end))
print(pcall(function() return math.floor("") end))
print(math.pow("2", "3"), math.fmod("7", "4"), math.ldexp("1", "4"))

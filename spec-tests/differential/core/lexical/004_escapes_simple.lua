-- Every single-character escape, shown via string.byte.
local s = "\a\b\f\n\r\t\v\\\"\'"
for i = 1, #s do io.write(string.byte(s, i), " ") end
print()
print('single \'quoted\' "double"')
print("double \"quoted\" 'single'")

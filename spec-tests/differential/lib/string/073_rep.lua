-- string.rep: zero, negative, fractional counts, long results, zeros
print("[" .. ("ab"):rep(3) .. "]", "[" .. ("ab"):rep(0) .. "]", "[" .. ("ab"):rep(-5) .. "]")
print(("x"):rep(2.9), ("x"):rep("3"))
print(#("abc"):rep(100000), #(""):rep(1000000))
print(("\0"):rep(3) == "\0\0\0")
print(string.rep(5, 3))
print(pcall(function() return string.rep("x") end))
print(pcall(function() return string.rep() end))
print(pcall(function() return ("x"):rep("y") end))

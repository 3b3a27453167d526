-- string.reverse: empty, one char, zeros, 8-bit bytes
print(("hello"):reverse(), (""):reverse() == "", ("a"):reverse())
print(("a\0b"):reverse() == "b\0a", ("\1\2\255"):reverse():byte(1, -1))
print(string.reverse(123), string.reverse(1.5))
print(pcall(function() return string.reverse() end))
print(("racecar"):reverse() == "racecar")

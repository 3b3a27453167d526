-- string.gsub: empty matches between characters
print(("abc"):gsub("x*", "-"))
print(("abc"):gsub("b*", "-"))
print((""):gsub("", "E"))
print((""):gsub("x", "E"))
print(("a,,b"):gsub(",*", "|"))
print(("hello"):gsub("l*", "L"))

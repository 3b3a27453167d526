-- string.gsub: ^ anchors a single replacement at the start
print(("aaa"):gsub("^a", "b"))
print(("hello hello"):gsub("^hello", "bye"))
print(("xhello"):gsub("^hello", "bye"))
print(("abc"):gsub("^", ">"))
print(("abc"):gsub("$", "<"))
print(("a\nb"):gsub("^%a", "X"))

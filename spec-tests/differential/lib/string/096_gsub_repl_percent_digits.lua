-- gsub: %0 with captures present, %1 with no captures means the whole match
print(("abc"):gsub("b", "[%0]"))
print(("abc"):gsub("b", "[%1]"))
print(("abc"):gsub("(b)", "[%0|%1]"))
print(("abc"):gsub("()b", "[%1]"))
print(("a.b"):gsub("%.", "%%."))

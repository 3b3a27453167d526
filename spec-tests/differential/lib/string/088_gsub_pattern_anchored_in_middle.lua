-- '^' not at the start of a pattern and '$' not at the end are literal
print(("a^b"):gsub("a^b", "X"))
print(("a$b"):gsub("a$b", "X"))
print(("$"):gsub("$", "D"))
print(("^"):gsub("^^", "C"))
print(("x$"):match("x$$"))

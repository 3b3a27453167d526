-- The full precedence ladder: or < and < comparison < .. < + - < * / % < unary < ^.
print(1 + 2 .. 3 + 4)
print("a" .. "b" == "ab" and 1 + 1 * 2 ^ 2 or 0)
print(2 ^ 2 * 3, -2 ^ 2 * 3, 2 * -3 ^ 2)
print(not 1 and 2 or 3, #"ab" .. "c", -"2" ^ 2)

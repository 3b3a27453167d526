-- Unexpected end of input in several places.
print(select(2, loadstring("x =")))
print(select(2, loadstring("local")))
print(select(2, loadstring("return (")))
print(select(2, loadstring("t = {")))
print(select(2, loadstring("x = a.")))

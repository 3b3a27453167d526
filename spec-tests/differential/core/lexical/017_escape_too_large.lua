-- A decimal escape above 255 is an error.
print(loadstring([[return "\256"]]))
print(loadstring([[return "\300"]]))
print(#loadstring([[return "\2550"]])())
print(#loadstring([[return "\0255"]])())

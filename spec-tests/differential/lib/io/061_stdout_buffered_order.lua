-- print and io.write share stdout; order is preserved
io.write("a")
print("b")
io.stdout:write("c\n")
io.write("d", "\n")
print(io.write("e\n"))

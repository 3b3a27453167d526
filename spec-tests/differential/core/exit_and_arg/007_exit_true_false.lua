-- In 5.1 os.exit takes a number: os.exit(true) is a bad argument error.
print(pcall(os.exit, true))
print(pcall(os.exit, "x"))
os.exit(7)
print("not reached")

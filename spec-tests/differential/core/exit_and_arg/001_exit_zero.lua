-- os.exit(0) ends the program with status 0; later code does not run.
io.write("buffered ")
print("before")
os.exit(0)
print("after")

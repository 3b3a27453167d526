-- os.exit() exits with status 0, even after output to both streams
print("exiting")
io.stderr:write("note on stderr\n")
io.write("buffered ")
os.exit()
print("never printed")

-- os.exit(3).
print("about to exit with 3")
io.stderr:write("a note on stderr\n")
local code = 1 + 2
os.exit(3)

-- os.exit(255), the largest status.
print("about to exit")
local code = 2 ^ 8 - 1
io.write("no newline at end")
os.exit(255)

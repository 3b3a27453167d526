-- os.exit(1) ends with status 1 and prints nothing to stderr.
local status = 1
print(type(os.exit))
print("exiting with 1")
os.exit(1)

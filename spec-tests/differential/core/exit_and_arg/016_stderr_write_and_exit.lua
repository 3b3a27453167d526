-- Writing to stderr directly, then exiting with a status.
io.stderr:write("custom diagnostic\n")
print("stdout line")
os.exit(4)
io.stderr:write("not reached\n")

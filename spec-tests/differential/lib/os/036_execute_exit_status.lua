-- os.execute returns the raw wait status: the exit code times 256
-- (a command killed by a signal is a known difference: see README.md, "Known differences")
print(os.execute("exit 2"))
local status = os.execute("exit 42")
print(status, status / 256)
print(os.execute("true"), os.execute("false"))
print(os.execute("exit 255") / 256)

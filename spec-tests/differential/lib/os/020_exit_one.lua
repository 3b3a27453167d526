-- os.exit(1) with output on both streams
print("stdout line")
io.stderr:write("failing on purpose\n")
local function quit(code) os.exit(code) end
quit(1)
print("never printed")

-- standard files cannot be closed in 5.1
print(io.stdout:close())
print(io.stderr:close())
print(io.close(io.stdin))
print(io.type(io.stdout))
io.write("still open\n")

-- io.input/io.output with missing files raise errors naming the file
local name = "/nonexistent_dir_jlua/x"
print(pcall(function() io.input(name) end))
print(pcall(function() io.output(name) end))
print(pcall(function() io.input({}) end))
print(io.input() == io.stdin, io.output() == io.stdout)

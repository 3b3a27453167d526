-- io.open failures return nil, "<name>: <strerror>", errno
print(io.open("/nonexistent_dir_jlua/file.txt"))
print(io.open("/nonexistent_dir_jlua/file.txt", "w"))
print(io.open("/nonexistent_dir_jlua/file.txt", "a+"))
print(io.open("/tmp", "w"))
print(io.open("", "r"))

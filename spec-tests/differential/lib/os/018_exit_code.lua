-- os.exit(3) terminates with status 3 after flushing output
print("about to exit")
io.write("unflushed text\n")
os.exit(3)
print("never")

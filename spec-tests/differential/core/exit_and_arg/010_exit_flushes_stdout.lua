-- Buffered io.write output is flushed on os.exit.
io.write("partial line, ")
io.write(123, " ", 4.5, "\n")
io.write("a") io.write("b") io.stdout:write("c\n")
os.exit(0)

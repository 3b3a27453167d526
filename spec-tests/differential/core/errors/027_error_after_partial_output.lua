-- Output written before an uncaught error is kept (stdout), then the error goes to stderr.
io.write("partial ")
print("line")
error("stop here")
print("not reached")

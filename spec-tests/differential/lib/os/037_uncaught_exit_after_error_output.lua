-- output written before an uncaught error is flushed, then the error goes to stderr
io.write("partial")
print(" line")
local t = os.date("!*t", 0)
error("stopping at year " .. t.year)

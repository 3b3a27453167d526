-- io.write formats numbers with %.14g
io.write(1/3, " ", 1e15, " ", 1e16, " ", -0.0 + 0, " ", 2^63, " ", 100, "\n")
io.write(string.format("%5.1f\n", 2.25))
io.write(1e100, " ", -1e-100, " ", 123456789012345, "\n")
io.write(0.1, " ", 1/0, " ", -1/0, "\n")

-- string library functions coerce numbers to strings using %.14g
print(string.len(1/3), string.sub(1/3, 1, 4), string.upper(1e100))
print(string.rep(0.1, 2), string.byte(10, 1, -1))
print(string.find(2^53, "e"), string.format("%s", 2^53))
print(string.gsub(12321, 2, "x"))
print(string.match(-0.5, "%d"), string.reverse(1e-5))

-- string.rep in 5.1 has no separator argument: a third argument is ignored
print(("ab"):rep(3, ","))
print(("x"):rep(1, "sep"), ("x"):rep(0, "sep") == "")
print(("-"):rep(10))
print(#("abc"):rep(1000, {}))

-- In 5.1 an unknown escape like \q just yields the character itself.
print("\q\w\e")
print("a\.b")
print(#"\z")
print("\%" == "%", #"\{\}")

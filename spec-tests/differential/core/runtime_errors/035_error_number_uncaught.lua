-- An uncaught number error is converted to a string with position.
print(pcall(error, 404))
print(pcall(error, 404, 0))
print("now uncaught")
error(404)

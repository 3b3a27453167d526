-- Uncaught: arithmetic on an undefined global.
print("counter:", counter)
total = 10
print(total + 1)
print(counter + 1)

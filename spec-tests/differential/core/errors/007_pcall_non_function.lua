-- pcall of a non-callable value returns false and a message.
print(pcall(42))
print(pcall(nil))
print(pcall({}))
print(pcall(pcall))

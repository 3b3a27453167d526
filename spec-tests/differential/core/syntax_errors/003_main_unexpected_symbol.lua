-- An unexpected symbol at the start of a statement.
print("never")
x = 1
)
print("never either")

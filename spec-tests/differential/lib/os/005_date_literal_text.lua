-- os.date: literal text, trailing '%', empty format, percent escapes
print(os.date("!plain text", 0))
print(os.date("!", 0) == "")
print(os.date("!100%%", 0))
print(os.date("!ends with %", 0))
print(os.date("!%Y-%m-%dT%H:%M:%SZ", 1234567890))
print(os.date("![%H]", 3600 * 5 + 1))

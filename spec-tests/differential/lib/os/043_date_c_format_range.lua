-- %c, %x and %X in the C locale for several UTC times
for _, t in ipairs({0, 1e9, 1.5e9, 2e9, 3e9}) do
  print(os.date("!%c", t))
  print(os.date("!%x %X", t))
end
print(os.date("!%c", 86400 * 10 + 3661))

-- os.setlocale: query and set "C"; unknown locales give nil; categories
print(os.setlocale())
print(os.setlocale("C"))
print(os.setlocale(nil, "all"), os.setlocale("C", "numeric"), os.setlocale(nil, "collate"))
print(os.setlocale("C", "ctype"), os.setlocale("C", "monetary"), os.setlocale("C", "time"))
print(os.setlocale("jlua_no_such_locale"))
print(pcall(function() return os.setlocale("C", "bogus") end))
print(os.setlocale("POSIX"))
os.setlocale("C")

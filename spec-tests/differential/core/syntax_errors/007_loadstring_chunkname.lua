-- The chunk name appears in syntax error messages: '=name', '@file' and source text.
print(select(2, loadstring("x = = 1", "=custom")))
print(select(2, loadstring("x = = 1", "@some/file.lua")))
print(select(2, loadstring("x = = 1")))
print(select(2, loadstring("\n\n  x = = 1")))

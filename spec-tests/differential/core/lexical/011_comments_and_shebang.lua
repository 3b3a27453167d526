#!/usr/bin/env lua5.1
-- A first line starting with # is skipped by the standalone interpreter.
print("after shebang")
-- comment at end of file without newline
print(loadstring("#!not a comment inside loadstring"))

-- The 'near' part shows the offending token text.
print(select(2, loadstring("x = 'str' 'other'")))
print(select(2, loadstring("x = 12abc")))
print(select(2, loadstring("x = [[long]] y")))
print(select(2, loadstring("x = ... ...")))
print(select(2, loadstring("local t = {} t.1 = 2")))

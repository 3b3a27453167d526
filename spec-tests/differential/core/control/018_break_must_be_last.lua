-- In 5.1 break and return must be the last statement of a block.
print(loadstring("while true do break print(1) end"))
print(loadstring("return 1 print(2)"))
print(loadstring("while true do do break end print(1) end") ~= nil)
print(loadstring("break"))

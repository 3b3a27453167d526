-- 'break' outside a loop in the main file.
print("never")
if true then break end
while true do break end
print("also never")

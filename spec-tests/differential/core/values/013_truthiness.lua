-- Only nil and false are false; 0 and "" are true.
for _, v in ipairs{0, "", "false", -1} do
  if v then io.write(tostring(v), " is true; ") end
end
print()
print(not nil, not false, not 0, not "")
if nil then print("no") elseif false then print("no") else print("nil and false are false") end

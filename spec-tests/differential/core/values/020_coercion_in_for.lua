-- Numeric for converts string bounds in 5.1.
for i = "1", "3" do io.write(i, " ", type(i), "; ") end
print()
for i = 1, 2, "0.5" do io.write(i, " ") end
print()
print(pcall(function() for i = "a", 2 do end end))

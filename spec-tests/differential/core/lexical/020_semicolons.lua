-- Optional semicolons after statements; 5.1 has no empty statement, so ';;' is an error.
local a = 1; local b = 2;
print(a); print(b);
print(loadstring("local x = 1; local y = 2;") ~= nil)
print(loadstring(";"))
print(loadstring("local x = 1;;"))
print(loadstring("return 1;") ~= nil)

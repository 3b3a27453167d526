-- Constructors mix ',' and ';' separators and allow a trailing separator.
local t = {1, 2; 3; 4,}
print(#t, t[1], t[4])
local u = {x = 1; y = 2;}
print(u.x, u.y)
print(loadstring("return {;}"))
print(loadstring("return {1,,2}"))

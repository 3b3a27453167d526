-- The last line is a comment without a trailing newline: the lexer must accept EOF inside a comment.
local t = {}
for i = 1, 3 do t[i] = i * i end
print(table.concat(t, ","))
print("ok")
-- last
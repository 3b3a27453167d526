-- lazy '-' versus greedy '*' with anchors and sets
local s = "<b>bold</b> and <i>it</i>"
print(s:match("<(.-)>"), s:match("<(.*)>"))
print(s:match("^<(.-)>"), s:match("(.-)$"))
for tag in s:gmatch("<(%a+)>") do io.write(tag, " ") end
print()
print(("aaa"):match("^(a-)a$"), ("aaa"):match("^(a*)a$"))
print(("xxxy"):match("(x-)y"), ("xxxy"):match("x-(y)"))
print(("path/to/file.txt"):match("^(.-)/"), ("path/to/file.txt"):match("^(.*)/"))
print(("path/to/file.txt"):match("([^/]-)%.(%w+)$"))

-- Building an error message from pcall results.
local ok, e = pcall(function() error("base") end)
print("error was: " .. e)
print(string.match(e, ":(%d+): base$"))
print((e:gsub("^.-:%d+: ", "")))

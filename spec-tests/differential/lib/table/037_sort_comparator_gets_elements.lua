-- comparator receives elements of the array, never nil, for a 2-element sort
local calls = {}
table.sort({"b", "a"}, function(x, y) calls[#calls + 1] = x .. y; return x < y end)
print(#calls > 0)
for _, c in ipairs(calls) do assert(#c == 2) end
print("ok")

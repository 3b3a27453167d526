-- Using tables as sets and counting occurrences.
local words = {"a", "b", "a", "c", "b", "a"}
local count = {}
for _, w in ipairs(words) do count[w] = (count[w] or 0) + 1 end
print(count.a, count.b, count.c, count.d)

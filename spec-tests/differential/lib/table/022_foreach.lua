-- table.foreach: visits all pairs, stops on a non-nil result (visit order sorted here)
local t = {a = 1, b = 2, c = 3}
local seen = {}
print(table.foreach(t, function(k, v) seen[#seen + 1] = k .. "=" .. v end))
table.sort(seen)
print(table.concat(seen, " "))
print(table.foreach({10, 20, 30}, function(k, v) if v == 20 then return "found at " .. k end end))
print(pcall(table.foreach, {}, nil))
print(pcall(table.foreach, nil, print))

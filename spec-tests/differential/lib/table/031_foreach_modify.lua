-- table.foreach receives key and value; result of callback stops iteration
local t = {1, 2, 3, 4, 5}
local count = 0
local r = table.foreach(t, function(k, v) count = count + 1 if v >= 3 then return v * 100 end end)
print(r, count >= 1)
print(table.foreachi({5, 6}, function(i, v) return nil end))

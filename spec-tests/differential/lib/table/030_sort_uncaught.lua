-- uncaught error from table.sort comparing number with string (no position: raised inside C)
local t = {3, "two", 1}
print(pcall(table.sort, {1, 2}))
local function sorter(list) table.sort(list) return list end
print(#sorter({2, 1}))
sorter(t)

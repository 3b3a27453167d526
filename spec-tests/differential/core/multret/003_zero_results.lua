-- A call returning nothing yields nil where a value is needed, nothing where expanded.
local function none() end
print(none())
print(select("#", none()))
print((none()))
print(select("#", (none())))
local a, b = none()
print(a, b)
local t = {none(), none()}
print(#t, select("#", unpack(t, 1, 2)))

-- varargs, select and unpack
local function count(...) return select("#", ...) end
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
local function pack(...) return {n = select("#", ...), ...} end
local function pass(...) return ... end
local total = 0
local t = {1, 2, 3, 4, 5, 6, 7, 8}
for i = 1, 2700000 do
  total = total + count(pass(i, nil, i)) + sum(unpack(t)) + pack(i, i).n
  total = total + sum(i % 5, i % 7, i % 11)
end
print("checksum", total)

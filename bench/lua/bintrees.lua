-- allocation-heavy trees: the binary-trees benchmark
local function bottom_up(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return {bottom_up(depth), bottom_up(depth)}
end
local function check(tree)
  if tree[1] then return 1 + check(tree[1]) + check(tree[2]) end
  return 1
end
local max_depth = 14
local long_lived = bottom_up(max_depth)
local total = 0
for depth = 4, max_depth, 2 do
  local iterations = 2 ^ (max_depth - depth + 5)
  local c = 0
  for _ = 1, iterations do c = c + check(bottom_up(depth)) end
  total = total + c
end
print("checksum", total, check(long_lived))

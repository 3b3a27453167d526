-- string.sub: all index corners
local s = "abcdef"
local cases = {{1}, {3}, {0}, {-1}, {-3}, {-10}, {10}, {2, 4}, {4, 2}, {0, 0}, {1, 0},
  {-3, -2}, {-2, -3}, {-100, 100}, {3, -1}, {3, -10}, {7, 7}, {6, 6}, {0, -1}, {2, 100}}
for _, c in ipairs(cases) do
  print(c[1], c[2], "[" .. s:sub(c[1], c[2]) .. "]")
end

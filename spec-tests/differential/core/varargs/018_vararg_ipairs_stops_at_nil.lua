-- ipairs over {...} stops at the first nil.
local function f(...)
  local n = 0
  for _ in ipairs({...}) do n = n + 1 end
  return n
end
print(f(1, 2, nil, 4), f(nil, 1), f())

-- return exits from the function from inside nested loops.
local function find(t, x)
  for i = 1, #t do
    for _ = 1, 2 do
      if t[i] == x then return i end
    end
  end
  return nil
end
print(find({5, 6, 7}, 7), find({5}, 9))

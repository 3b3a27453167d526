-- The iterator receives exactly (state, control); extra explist values are dropped.
local function it(s, c)
  io.write("[", tostring(s), ",", tostring(c), "] ")
  if c < 3 then return c + 1 end
end
for v in it, "S", 0, "ignored" do end
print()
for a, b, c in function(_, x) if not x then return 1, 2, 3 end end do print(a, b, c) end

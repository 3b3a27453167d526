-- arithmetic with math.huge
print(math.huge + 1, math.huge * -1, math.huge / math.huge ~= math.huge / math.huge)
print(-math.huge < -1e308, math.huge == math.huge + 1, math.floor(math.huge) == math.huge)
print(math.max(math.huge, -math.huge), math.min(math.huge, -math.huge))
print(1 / math.huge, -1 / math.huge, math.huge * 0 ~= math.huge * 0)
print(math.huge > 2^1023, -math.huge < -2^1023, tostring(math.huge) == "inf")

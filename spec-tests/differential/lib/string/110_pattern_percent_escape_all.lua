-- every punctuation character escaped with % matches itself
local punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
local ok = true
for i = 1, #punct do
  local c = punct:sub(i, i)
  if not (("x" .. c .. "y"):find("%" .. c) == 2) then ok = false print("fail", c) end
end
print(ok, #punct)

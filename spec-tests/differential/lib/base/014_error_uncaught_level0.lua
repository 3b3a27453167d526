-- error: uncaught error with level 0 (no position prefix)
io.write("partial output\n")
print(pcall(error, "caught plain", 0))
local function fail()
  error("plain message", 0)
end
fail()
